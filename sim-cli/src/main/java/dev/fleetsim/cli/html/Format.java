package dev.fleetsim.cli.html;

import dev.fleetsim.cli.render.Numbers;

/** Short human forms of numbers for pages: milliseconds, dollars, percentages, HTML escaping. */
public final class Format {
    private Format() {}

    /** {@code 250 ms}, {@code 1.5 s}; two decimals below 10 ms. */
    public static String ms(double ms) {
        if (Double.isNaN(ms)) return "-";
        if (Math.abs(ms) >= 1000) return Numbers.fixed(ms / 1000, 2).replaceAll("\\.?0+$", "") + " s";
        return Numbers.fixed(ms, Math.abs(ms) < 10 ? 2 : 0) + " ms";
    }

    public static String usd(double usd) {
        if (Double.isNaN(usd)) return "-";
        return (usd < 0 ? "-$" : "$") + Numbers.fixed(Math.abs(usd), Math.abs(usd) < 10 ? 4 : 2);
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
