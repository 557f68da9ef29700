package org.approxmac.hdl.user;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A user's RTL as read: the one Verilog text the tools are given (every file in order, includes
 * inlined, {@code `line} directives naming the user's files) and the top module's interface.
 *
 * @param source    what was asked for (files, lists, include folders, top, overrides)
 * @param verilog   the text handed to Verilator or Yosys; a cache key over it covers everything they read
 * @param module    the top module's ports and parameters
 * @param filesRead every file read, includes too, in order
 */
public record LoadedRtl(UserRtl source, String verilog, ModuleInterface module, List<Path> filesRead) {

    public LoadedRtl {
        Objects.requireNonNull(source);
        Objects.requireNonNull(verilog);
        Objects.requireNonNull(module);
        filesRead = List.copyOf(filesRead);
    }

    /** The top module's name. */
    public String top() {
        return module.name();
    }

    /** The file that defines the top module, as named to the user: shown in messages and reports. */
    public String origin() {
        return module.file();
    }
}
