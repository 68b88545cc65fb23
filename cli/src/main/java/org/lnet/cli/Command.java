package org.lnet.cli;

import java.util.Map;

/** One sub-command of {@code lnet}: parses its options, computes, writes its files, returns its JSON summary. */
interface Command {

    String name();

    /** One line for the overview, then the options. */
    String usage();

    /**
     * @param argv the full argument vector; the command's own options start at {@code from}
     * @return the JSON object printed on stdout (insertion-ordered)
     */
    Map<String, Object> run(String[] argv, int from) throws Exception;
}
