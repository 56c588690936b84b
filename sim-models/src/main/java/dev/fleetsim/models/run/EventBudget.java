package dev.fleetsim.models.run;

import dev.fleetsim.models.scenario.ScenarioException;
import dev.fleetsim.models.scenario.ScenarioProblem;
import dev.fleetsim.models.scenario.ScenarioSpec;
import dev.fleetsim.models.scenario.SourceLocation;
import dev.fleetsim.models.scenario.WorkloadSpec;
import java.util.List;
import java.util.Locale;

/**
 * A guard against runs far bigger than the user meant (a horizon in days at thousands of requests
 * per second, times many replications): estimates the events a run will execute before it starts
 * and refuses, with the estimate and the way to go ahead, when it exceeds the limit.
 */
public final class EventBudget {
    /** Default limit: about ten minutes of simulation at a few million events per second. */
    public static final long DEFAULT_MAX_EVENTS = 2_000_000_000L;
    /** An arrival and a completion per request; rejections and timers are minor. */
    static final double EVENTS_PER_REQUEST = 2.0;

    private EventBudget() {}

    /** Estimated events for the whole run (all replications); traces, whose rate is unknown, count 0. */
    public static double estimate(ScenarioSpec spec) {
        double perSecond = 0;
        for (WorkloadSpec w : spec.workloads()) {
            double r = w.arrivals().estimatedRatePerSecond();
            if (!Double.isNaN(r)) {
                perSecond += r;
            }
        }
        return perSecond * EVENTS_PER_REQUEST * spec.horizon().seconds() * spec.replications();
    }

    /** Rounds up to two significant digits: a limit a user can type. */
    static long roundUp(double x) {
        double scale = Math.pow(10, Math.max(0, Math.floor(Math.log10(x)) - 1));
        return (long) (Math.ceil(x / scale) * scale);
    }

    /** Throws a one-line {@link ScenarioException} when the estimate exceeds {@code maxEvents}. */
    public static void check(ScenarioSpec spec, String file, long maxEvents) {
        double events = estimate(spec);
        if (events > maxEvents) {
            double suggested = events * 1.1;
            String way = suggested < Long.MAX_VALUE
                    ? "if that is intended, raise the limit with --max-events " + roundUp(suggested) + ", or shorten the horizon or replications"
                    : "that is more than --max-events can allow (at most " + Long.MAX_VALUE + "); lower the rate, shorten the horizon"
                            + " or the replications";
            throw new ScenarioException(List.of(new ScenarioProblem(new SourceLocation(file, 0, 0), "",
                    String.format(Locale.ROOT, "expected a run of at most %d events, found an estimated %s "
                            + "(%s of arrivals at %.4g/s x %d replications); %s",
                            maxEvents, count(events), spec.horizon(),
                            events / EVENTS_PER_REQUEST / spec.horizon().seconds() / spec.replications(),
                            spec.replications(), way))));
        }
    }

    /** An event count for messages: a whole number while it is short, else three significant digits. */
    static String count(double events) {
        return events < 1e6 ? Long.toString(Math.round(events)) : String.format(Locale.ROOT, "%.3g", events);
    }
}
