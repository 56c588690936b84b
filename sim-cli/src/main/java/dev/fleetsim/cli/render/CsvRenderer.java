package dev.fleetsim.cli.render;

import dev.fleetsim.core.stats.Summary;
import dev.fleetsim.models.results.ForecastRow;
import dev.fleetsim.models.results.MinuteRow;
import dev.fleetsim.models.results.Report;
import dev.fleetsim.models.results.ReplicationResult;
import dev.fleetsim.models.scaling.ForecastReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * CSV renderings: the report as one row per replication plus summary rows (mean, ci95_low,
 * ci95_high, min, max), and the per-minute time series of every replication. Columns are the
 * result paths joined with dots ({@code fleets.web.mean_capacity}).
 */
public final class CsvRenderer {

    public String render(Report report) {
        List<List<String>> keys = List.copyOf(report.statistics().keySet());
        StringBuilder sb = new StringBuilder("replication");
        for (List<String> k : keys) sb.append(',').append(quote(String.join(".", k)));
        sb.append('\n');
        for (ReplicationResult r : report.perReplication()) {
            Map<List<String>, Double> v = dev.fleetsim.models.results.ReportBuilder.valuesOf(r).asMap();
            sb.append(r.replication());
            for (List<String> k : keys) sb.append(',').append(num(v.getOrDefault(k, Double.NaN)));
            sb.append('\n');
        }
        String[] rows = {"mean", "ci95_low", "ci95_high", "min", "max"};
        for (String row : rows) {
            sb.append(row);
            for (List<String> k : keys) {
                Summary s = report.statistics().get(k);
                double x = switch (row) {
                    case "mean" -> s.mean();
                    case "ci95_low" -> s.ci95Low();
                    case "ci95_high" -> s.ci95High();
                    case "min" -> s.min();
                    default -> s.max();
                };
                sb.append(',').append(num(x));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** One row per replication and minute: arrivals, completions, in-flight, latency, capacity. */
    public String timeSeries(Report report) {
        StringBuilder sb = new StringBuilder("replication,minute,arrivals_per_s,completed_per_s,in_flight,p50_ms,p99_ms");
        List<String> fleets = report.perReplication().isEmpty() ? List.of() : report.perReplication().get(0).fleetNames();
        for (String f : fleets) sb.append(',').append(quote("capacity." + f));
        for (String f : fleets) sb.append(',').append(quote("desired." + f));
        sb.append('\n');
        for (ReplicationResult r : report.perReplication()) {
            for (MinuteRow m : r.minutes()) {
                sb.append(r.replication()).append(',').append(m.minute()).append(',')
                        .append(num(m.arrivals() / 60.0)).append(',').append(num(m.completed() / 60.0)).append(',')
                        .append(m.inFlight()).append(',').append(num(m.p50Ms())).append(',').append(num(m.p99Ms()));
                for (double c : m.capacity()) sb.append(',').append(num(c));
                for (double d : m.desired()) sb.append(',').append(num(d));
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Every scaling activity of every replication, in replication then time order. */
    public String scalingActivities(Report report) {
        StringBuilder sb = new StringBuilder("replication,time_s,fleet,policy,from,to,reason\n");
        for (ReplicationResult r : report.perReplication()) {
            for (var a : r.scalingActivities()) {
                sb.append(r.replication()).append(',').append(num(a.timeMicros() / 1e6)).append(',')
                        .append(quote(a.target())).append(',').append(quote(a.policy())).append(',').append(a.from())
                        .append(',').append(a.to()).append(',').append(quote(a.reason())).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Every predictive policy's forecast hours inside the measurement window, replication by
     * replication: forecast against measured load, the capacity the forecast asked for, and the
     * floor it set (forecast-and-scale) or would have set (forecast-only). Null when the scenario
     * has no predictive policy, so no empty file is written.
     */
    public String forecastHours(Report report) {
        StringBuilder sb = new StringBuilder("replication,fleet,policy,mode,hour_start_s,forecast_load,actual_load,"
                + "forecast_capacity,floor,desired_before,asked_for_more\n");
        boolean any = false;
        for (ReplicationResult r : report.perReplication()) {
            for (ForecastRow row : r.forecastHours()) {
                ForecastReport.Hour h = row.hour();
                sb.append(r.replication()).append(',').append(quote(row.fleet())).append(',').append(quote(row.policy()))
                        .append(',').append(row.mode()).append(',').append(h.hour() * 3600).append(',')
                        .append(num(h.forecastLoad())).append(',').append(num(h.actualLoad())).append(',')
                        .append(h.forecastCapacity()).append(',').append(h.floor()).append(',')
                        .append(h.desiredBefore()).append(',').append(h.askedForMore()).append('\n');
                any = true;
            }
        }
        return any ? sb.toString() : null;
    }

    private static String num(double x) {
        BigDecimal d = Numbers.canonical(x);
        return d == null ? "" : d.toPlainString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
