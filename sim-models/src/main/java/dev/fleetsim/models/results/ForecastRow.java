package dev.fleetsim.models.results;

import dev.fleetsim.models.scaling.ForecastReport;

/**
 * One forecast hour of one predictive policy of one fleet, inside the measurement window: what
 * the forecast said, what then happened, and the capacity floor it set (or would have set, in
 * forecast-only mode). Written to {@code forecast-hours.csv}.
 *
 * @param fleet  the fleet the policy belongs to
 * @param policy the policy's name
 * @param mode   {@code forecast-and-scale} or {@code forecast-only}
 * @param hour   the forecast and the measured load of the hour
 */
public record ForecastRow(String fleet, String policy, String mode, ForecastReport.Hour hour) {}
