package org.approxmac.analysis.cnn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The trained weights shipped with approxmac (resources {@code <network>.weights} beside this class),
 * made by {@code approxmac cnn-train} with {@link Trainer.Options#defaults}.
 */
public final class TrainedNetworks {
    private TrainedNetworks() {
    }

    /** The shipped network of an architecture. */
    public static WeightsFile.Loaded load(Architecture architecture) {
        String name = architecture.id() + ".weights";
        try (InputStream in = TrainedNetworks.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the shipped weights " + name + " are missing from the build");
            }
            WeightsFile.Loaded loaded = WeightsFile.read(in, name);
            if (loaded.network().architecture() != architecture) {
                throw new IllegalStateException(name + " holds network " + loaded.network().architecture().id());
            }
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
