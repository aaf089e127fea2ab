package vn.diembao.directory;

/** The figures of the resident-reporter registry as the monthly report states them (44 outlets, 61 reporters, 39 cards). */
public record ReporterRegistry(int outlets, int reporters, int withPressCard) {
}
