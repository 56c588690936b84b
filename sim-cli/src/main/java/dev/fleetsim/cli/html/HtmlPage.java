package dev.fleetsim.cli.html;

import java.util.List;

/**
 * The frame every fleetsim page shares: one self-contained HTML file (styles and charts inline, no
 * network), readable offline and attachable to a ticket. A few lines of script record script
 * errors into the page, so a headless browser's DOM dump shows whether it loaded cleanly.
 */
final class HtmlPage {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#222;margin:0;background:#f6f7f9}
            main{max-width:1180px;margin:0 auto;padding:24px 32px 48px;background:#fff}
            h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
            .meta{color:#555;margin:0 0 16px}
            .verdict{padding:12px 16px;border-radius:6px;font-size:18px;font-weight:600;margin:12px 0}
            .held{background:#e3f4ea;border-left:6px solid #009E73}.missed{background:#fbe7e0;border-left:6px solid #D55E00}
            .none{background:#eef0f3;border-left:6px solid #888}
            .summary-line{font-size:18px;margin:12px 0;padding:12px 16px;background:#eef5fb;border-left:6px solid #0072B2}
            table{border-collapse:collapse;margin:8px 0 16px;font-size:14px}
            th,td{padding:4px 10px;border-bottom:1px solid #e5e5e5;text-align:right;white-space:nowrap}
            th:first-child,td:first-child{text-align:left}
            thead th{background:#f0f2f5;font-weight:600}
            td.ok{color:#007a58;font-weight:600}td.bad{color:#b84a00;font-weight:600}
            figure{margin:20px 0}figure svg{width:100%;height:auto;display:block}
            figcaption{color:#555;font-size:13px;margin-top:4px}
            details summary{cursor:pointer;font-weight:600;margin:16px 0 8px}
            footer{color:#888;font-size:12px;margin-top:32px}.chart-error{color:#b84a00}
            """;

    /** Errors raised before the error list exists are kept and written out on load. */
    private static final String ERROR_PROBE = """
            <script>
            (function(){var errs=[];function show(){var e=document.getElementById('page-errors');
            if(e){e.textContent=errs.join('\\n');}}function note(m){errs.push(String(m));show();}
            window.addEventListener('error',function(e){note(e.message);});
            var ce=console.error;console.error=function(){note(Array.prototype.join.call(arguments,' '));ce.apply(console,arguments);};
            window.addEventListener('load',function(){show();document.body.setAttribute('data-loaded',
            String(document.querySelectorAll('figure svg').length));});})();
            </script>
            """;

    private HtmlPage() {}

    /** A complete page around {@code body}. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"fleetsim\">\n"
                + "<title>" + Format.escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n" + ERROR_PROBE
                + "</head>\n<body>\n<main>\n" + body
                + "<pre id=\"page-errors\" hidden></pre>\n"
                + "<footer>Made by fleetsim. Self-contained: no scripts or fonts are loaded from the network.</footer>\n"
                + "</main>\n</body>\n</html>\n";
    }

    /**
     * A figure with its inline SVG and caption. A chart that cannot be drawn (a machine whose Java
     * has no usable fonts, say) becomes a note in the page: the run's other results are worth
     * more than a failed chart, and the note says what to fix.
     */
    static String figure(Figure f) {
        String svg;
        try {
            svg = f.svg();
        } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
            svg = "<p class=\"chart-error\">Chart not drawn: " + Format.escape(String.valueOf(e)) + "</p>";
        }
        return "<figure id=\"" + f.id() + "\">\n" + svg + "\n<figcaption>" + Format.escape(f.caption())
                + "</figcaption>\n</figure>\n";
    }

    /** A table; cells are escaped, a cell starting with {@code ok:} or {@code bad:} is coloured. */
    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("<table>\n<thead><tr>");
        for (String h : header) sb.append("<th>").append(Format.escape(h)).append("</th>");
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            sb.append("<tr>");
            for (String c : row) {
                String cls = c.startsWith("ok:") ? " class=\"ok\"" : c.startsWith("bad:") ? " class=\"bad\"" : "";
                String text = cls.isEmpty() ? c : c.substring(c.indexOf(':') + 1);
                sb.append("<td").append(cls).append('>').append(Format.escape(text)).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table>\n").toString();
    }
}
