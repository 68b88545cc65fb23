package org.lnet.build;

import java.util.List;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.SettingsStore;

/**
 * The nodes the example workflows use: ours (settings in the SettingsModel layout, from the node layer) and KNIME's
 * own (factory, bundle, feature and settings keys as KNIME's public sources define them at the supported floor 5.1.0
 * and at the newest commit; test/.../knime-nodes.facts records those facts with the source files, and
 * KnimeNodeFactsTest compares what is written here with them). KNIME's plots are written without a "model" config:
 * KNIME then starts them from their defaults and the user picks the columns.
 */
public final class KnimeNodes {

    private static final String KNIME_VENDOR = "KNIME AG, Zurich, Switzerland";

    // versions are left empty: the loader accepts that (NodeAndBundleInformationPersistor), and any version written
    // here would be wrong for all but one KNIME release
    static final Workflow.Origin KNIME_BASE = new Workflow.Origin("KNIME Base Nodes", "org.knime.base", KNIME_VENDOR,
        "", "KNIME Base nodes", "org.knime.features.base.feature.group", "");
    static final Workflow.Origin KNIME_JS = new Workflow.Origin("KNIME JavaScript Base Views", "org.knime.js.views",
        KNIME_VENDOR, "", "KNIME JavaScript Views", "org.knime.features.js.views.feature.group", "");

    public static final String CSV_READER = "org.knime.base.node.io.filehandling.csv.reader.CSVTableReaderNodeFactory";
    public static final String LINEAR_REGRESSION =
        "org.knime.base.node.mine.regression.linear2.learner.LinReg2LearnerNodeFactory2";
    public static final String LINE_PLOT = "org.knime.js.base.node.viz.plotter.line.LinePlotNodeFactory";
    /**
     * The JavaScript scatter plot (org.knime.js.views). Its namesake in plotter.scatter is registered as deprecated,
     * and the newer org.knime.base.views scatter plot has no public source to check its settings against.
     */
    public static final String SCATTER_PLOT =
        "org.knime.js.base.node.viz.plotter.scatterSelectionAppender.ScatterPlotNodeFactory";

    private KnimeNodes() {
    }

    /** Our bundle and feature, with the versions of this build. */
    static Workflow.Origin ours() {
        return new Workflow.Origin(KnimeNames.bundle("bundle.name"), KnimeNames.bundle("bundle.symbolicName"),
            KnimeNames.bundle("bundle.vendor"), KnimeNames.bundle("bundle.version"), KnimeNames.bundle("feature.name"),
            KnimeNames.bundle("feature.id") + ".feature.group", KnimeNames.bundle("feature.version"));
    }

    /** One of our nodes with the given settings (validated by the node layer; absent keys take their defaults). */
    public static Workflow.Node ours(int id, LinearNetworkNode<?> node, SettingsStore settings, int x, int y) {
        return new Workflow.Node(id, node.info().name(), KnimeNames.factoryClass(node), ours(),
            SettingsLayout.model(node, settings), node.info().outputs().size(), x, y);
    }

    /**
     * KNIME's CSV Reader reading {@code data/<file>} of the workflow (comma-separated, header row, no row ids), as a
     * new node saves it: the file is addressed relative to the workflow's data area ("knime.workflow.data"), because
     * the workflow-relative file system refuses paths inside a workflow (LocalWorkflowAwareFileSystem
     * .isPathAccessible). The spec merge mode is written as a new node writes it: a new config holds UNION
     * (AbstractMultiTableReadConfig), which CSVMultiTableReadConfigSerializer saves whenever it is set; the newest
     * release's migration of these settings falls back on it when specs may differ. "check_table_spec" is not
     * written: it appeared in 5.2.2 and the floor 5.1.0 does not know it.
     */
    public static Workflow.Node csvReader(int id, String file, int x, int y) {
        KnimeConfig model = new KnimeConfig("model");
        KnimeConfig s = model.config("settings");
        s.config("file_selection_Internals").string("SettingsModelID", "SMID_ReaderFileChooser")
            .bool("EnabledStatus", true);
        KnimeConfig fs = s.config("file_selection");
        fs.config("file_system_chooser__Internals").bool("has_fs_port", false).bool("overwritten_by_variable", false)
            .string("convenience_fs_category", "RELATIVE").string("relative_to", "knime.workflow.data")
            .string("mountpoint", "LOCAL").string("spaceId", "").string("spaceName", "")
            .xint("custom_url_timeout", 1000).bool("connected_fs", true);
        fs.config("path").bool("location_present", true).string("file_system_type", "RELATIVE")
            .string("file_system_specifier", "knime.workflow.data").string("path", file);
        fs.config("filter_mode_Internals").string("SettingsModelID", "SMID_FilterMode").bool("EnabledStatus", true);
        KnimeConfig fm = fs.config("filter_mode");
        fm.string("filter_mode", "FILE").bool("include_subfolders", false);
        fm.config("filter_options").bool("filter_files_extension", false).string("files_extension_expression", "")
            .bool("files_extension_case_sensitive", false).bool("filter_files_name", false)
            .string("files_name_expression", "*").bool("files_name_case_sensitive", false)
            .string("files_name_filter_type", "WILDCARD").bool("include_hidden_files", false)
            .bool("include_special_files", true).bool("filter_folders_name", false)
            .string("folders_name_expression", "*").bool("folders_name_case_sensitive", false)
            .string("folders_name_filter_type", "WILDCARD").bool("include_hidden_folders", false)
            .bool("follow_links", true);
        s.bool("has_column_header", true).bool("has_row_id", false).bool("support_short_data_rows", false)
            .bool("skip_empty_data_rows", false).bool("prepend_file_idx_to_row_id", false).string("comment_char", "#")
            .string("column_delimiter", ",").string("quote_char", "\"").string("quote_escape_char", "\"")
            .bool("use_line_break_row_delimiter", true).string("row_delimiter", "\n")
            .xint("autodetect_buffer_size", 1048576);
        model.config("advanced_settings").string("spec_merge_mode_Internals", "UNION")
            .bool("fail_on_differing_specs", true).bool("append_path_column_Internals", false)
            .string("path_column_name_Internals", "File Path").bool("limit_data_rows_scanned", true)
            .xlong("max_data_rows_scanned", 10000).bool("save_table_spec_config_Internals", true)
            .bool("limit_memory_per_column", true).xint("maximum_number_of_columns", 8192)
            .string("quote_option", "REMOVE_QUOTES_AND_TRIM").bool("replace_empty_quotes_with_missing", true)
            .bool("no_row_delimiters_in_quotes", false).xlong("min_chunk_size_in_bytes", 67108864)
            .xint("max_num_chunks_per_file", 6).string("thousands_separator", "\0").string("decimal_separator", ".");
        model.config("limit_rows").bool("skip_lines", false).xlong("number_of_lines_to_skip", 1)
            .bool("skip_data_rows", false).xlong("number_of_rows_to_skip", 1).bool("limit_data_rows", false)
            .xlong("max_rows", 50);
        model.config("encoding").string("charset", "UTF-8");
        return new Workflow.Node(id, "CSV Reader", CSV_READER, KNIME_BASE, model, 1, x, y);
    }

    /** KNIME's Linear Regression Learner for one target, all other numeric columns, without intercept. */
    public static Workflow.Node linearRegression(int id, String target, int x, int y) {
        KnimeConfig model = new KnimeConfig("model");
        model.string("target", target);
        KnimeConfig filter = model.config("column_filter");
        filter.string("filter-type", "STANDARD").strings("included_names", List.of())
            .strings("excluded_names", List.of(target)).string("enforce_option", "EnforceExclusion");
        filter.config("name_pattern").string("pattern", "").string("type", "Wildcard").bool("caseSensitive", true)
            .bool("excludeMatching", false);
        // a new node has no type selections yet (TypeFilterConfigurationImpl saves its map as it is)
        filter.config("datatype").config("typelist");
        // no intercept: the linear network x -> Θ^T x has none, so the coefficients compare one to one with Θ̂
        model.bool("include_constant", false).xdouble("offset_value", 0.0).string("missing_value_handling", "fail")
            .xint("scatter_plot_first_row", 1).xint("scatter_plot_row_count", 20000);
        return new Workflow.Node(id, "Linear Regression Learner", LINEAR_REGRESSION, KNIME_BASE, model, 2, x, y);
    }

    /** KNIME's JavaScript Line Plot, unconfigured. */
    public static Workflow.Node linePlot(int id, int x, int y) {
        return new Workflow.Node(id, "Line Plot (JavaScript)", LINE_PLOT, KNIME_JS, null, 2, x, y);
    }

    /** KNIME's JavaScript Scatter Plot, unconfigured. */
    public static Workflow.Node scatterPlot(int id, int x, int y) {
        return new Workflow.Node(id, "Scatter Plot (JavaScript)", SCATTER_PLOT, KNIME_JS, null, 2, x, y);
    }
}
