package org.approxmac.hdl.user;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The interface of a user's top module as the port reader found it, parameters overridden.
 *
 * @param name       the module's name
 * @param location   {@code file:line} of its {@code module} keyword
 * @param ports      its ports in declaration order
 * @param parameters the parameters a {@code -G} override may set, name to the value text used
 *                   (the override, or the default expression as written)
 */
public record ModuleInterface(String name, String location, List<RtlPort> ports, Map<String, String> parameters) {

    public ModuleInterface {
        ports = List.copyOf(ports);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The file part of {@link #location()}. */
    public String file() {
        return location.substring(0, location.lastIndexOf(':'));
    }
}
