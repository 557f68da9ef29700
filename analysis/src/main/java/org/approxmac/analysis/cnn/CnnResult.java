package org.approxmac.analysis.cnn;

import java.util.List;

/**
 * What one network run measured.
 *
 * @param network            which network
 * @param arithmetic         the products' arithmetic (canonical spec)
 * @param bn                 how batch normalisation was treated
 * @param meanScale          the factor applied to stored means (1 + e, or 1)
 * @param images             test images run
 * @param accuracy           top-1 accuracy of the run
 * @param referenceAccuracy  top-1 accuracy of the FP32 run on the same images
 * @param layers             per multiplying layer, the error against the FP32 run
 * @param products           products computed per image
 */
public record CnnResult(Architecture network, String arithmetic, BnMode bn, double meanScale, int images,
                        double accuracy, double referenceAccuracy, List<LayerError> layers, long products) {

    /** Accuracy minus the FP32 accuracy, in percentage points. */
    public double accuracyLossPoints() {
        return 100 * (referenceAccuracy - accuracy);
    }
}
