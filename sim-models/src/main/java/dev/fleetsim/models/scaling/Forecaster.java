package dev.fleetsim.models.scaling;

/**
 * Predictive scaling's load forecast, a strategy the scenario chooses ({@code forecaster:}). AWS
 * does not publish its model (aws-behaviour.md §2.9, GAP → M8); {@link SeasonalForecaster} is
 * the default.
 */
public interface Forecaster {

    /**
     * The mean one-minute load of each of the {@code hours} hours starting at {@code firstHour},
     * learned from the complete hours of {@code history} before {@code firstHour} within the
     * look-back. Values are finite and &ge; 0. Called only once the history holds the documented
     * minimum (24 h).
     */
    double[] forecast(LoadHistory history, long firstHour, int hours);
}
