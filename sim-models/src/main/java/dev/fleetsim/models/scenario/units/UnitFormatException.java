package dev.fleetsim.models.scenario.units;

/** A scenario value that does not parse as the unit-bearing quantity that was expected. */
public final class UnitFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String expected;
    private final String found;

    public UnitFormatException(String expected, String found) {
        super("expected " + expected + ", found " + quote(found));
        this.expected = expected;
        this.found = found;
    }

    public String expected() {
        return expected;
    }

    public String found() {
        return found;
    }

    static String quote(String s) {
        return s == null ? "nothing" : "'" + s + "'";
    }
}
