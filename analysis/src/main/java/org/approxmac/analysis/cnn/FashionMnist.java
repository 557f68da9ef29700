package org.approxmac.analysis.cnn;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads the Fashion-MNIST data set (Xiao, Rasul, Vollgraf 2017: 28 x 28 grey-scale images of ten
 * kinds of clothing, 60,000 for training and 10,000 for test) from its IDX files, as Debian's
 * {@code dataset-fashion-mnist} package installs them. Pixels become floats normalised by the data
 * set's mean and standard deviation.
 */
public final class FashionMnist {
    /** Where Debian's package puts the files. */
    public static final Path DEFAULT_DIRECTORY = Path.of("/usr/share/datasets/fashion-mnist");
    /** The package to install when the files are missing. */
    public static final String INSTALL_HINT = "install it with: apt-get install dataset-fashion-mnist";
    public static final int SIDE = 28;
    public static final int CLASSES = 10;
    /** Mean and standard deviation of the training pixels, scaled to [0, 1]. */
    static final float PIXEL_MEAN = 0.2860f;
    static final float PIXEL_STD = 0.3530f;

    private static final int IMAGE_MAGIC = 0x00000803;
    private static final int LABEL_MAGIC = 0x00000801;

    /** The two parts of the data set. */
    public enum Split {
        TRAIN("train"), TEST("t10k");

        private final String prefix;

        Split(String prefix) {
            this.prefix = prefix;
        }
    }

    private FashionMnist() {
    }

    /**
     * The first {@code limit} images of a split (all if {@code limit} is larger).
     *
     * @throws DataSetException when the files are missing or malformed
     */
    public static LabelledImages load(Path directory, Split split, int limit) {
        Path images = file(directory, split.prefix + "-images-idx3-ubyte");
        Path labels = file(directory, split.prefix + "-labels-idx1-ubyte");
        try (DataInputStream imageIn = open(images); DataInputStream labelIn = open(labels)) {
            int magic = imageIn.readInt();
            if (magic != IMAGE_MAGIC) {
                throw new DataSetException(images + " is not an IDX image file (magic " + Integer.toHexString(magic)
                        + ")");
            }
            int count = imageIn.readInt();
            int rows = imageIn.readInt();
            int cols = imageIn.readInt();
            if (rows != SIDE || cols != SIDE) {
                throw new DataSetException(images + " holds " + rows + " x " + cols + " images, expected 28 x 28");
            }
            if (labelIn.readInt() != LABEL_MAGIC || labelIn.readInt() != count) {
                throw new DataSetException(labels + " does not match " + images);
            }
            int n = Math.min(count, Math.max(0, limit));
            float[][] pixels = new float[n][SIDE * SIDE];
            int[] classes = new int[n];
            byte[] raw = new byte[SIDE * SIDE];
            for (int i = 0; i < n; i++) {
                imageIn.readFully(raw);
                for (int p = 0; p < raw.length; p++) {
                    pixels[i][p] = ((raw[p] & 0xff) / 255f - PIXEL_MEAN) / PIXEL_STD;
                }
                int label = labelIn.readUnsignedByte();
                if (label >= CLASSES) {
                    throw new DataSetException(labels + " has label " + label + " at " + i + " (accepted: 0..9)");
                }
                classes[i] = label;
            }
            return new LabelledImages(pixels, classes);
        } catch (IOException e) {
            throw new DataSetException("cannot read Fashion-MNIST from " + directory + ": " + e.getMessage());
        }
    }

    private static Path file(Path directory, String name) {
        for (Path candidate : new Path[] {directory.resolve(name + ".gz"), directory.resolve(name)}) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new DataSetException("Fashion-MNIST not found: no " + name + "[.gz] in " + directory + "; "
                + INSTALL_HINT);
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
    }

    /**
     * Images (each 28 x 28 floats, row-major, normalised) with their class labels 0..9.
     *
     * @param images one array of 784 pixels per image
     * @param labels one label per image
     */
    public record LabelledImages(float[][] images, int[] labels) {
        public int size() {
            return labels.length;
        }
    }

    /** The data set is missing or unreadable. */
    public static final class DataSetException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DataSetException(String message) {
            super(message);
        }
    }
}
