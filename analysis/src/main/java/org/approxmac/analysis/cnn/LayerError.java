package org.approxmac.analysis.cnn;

/**
 * How far one multiplying layer's outputs in the approximate run are from the FP32 run's, over the
 * images measured. Both runs start from the same image; the approximate run carries its own errors
 * from layer to layer, so the figures show accumulated error (the paper's Fig. 10 and 11).
 *
 * @param layer             the layer's description
 * @param products          products accumulated into each output (its fan-in)
 * @param meanRelError      mean of (y' - y) / y over outputs with |y| at least
 *                          {@link CnnExperiment#RELATIVE_FLOOR} times the layer's RMS in that image
 * @param varRelError       variance of the same relative errors
 * @param errorVarianceRatio variance of y' - y over all outputs, divided by the variance of y (the
 *                          paper's Table 2 figure)
 * @param counted           outputs that entered the relative-error figures
 */
public record LayerError(String layer, int products, double meanRelError, double varRelError,
                         double errorVarianceRatio, long counted) {
}
