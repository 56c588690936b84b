package dev.fleetsim.models.scaling;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * The default forecaster (M8, fitted rather than averaged): a weighted least-squares regression,
 * with Commons Math, of each hour's mean load on
 * <ul>
 *   <li>one indicator per <b>hour of the week</b> (168; simulation time 0 is Monday 00:00) once
 *       the look-back covers every hour of the week, otherwise one per <b>hour of the day</b>
 *       (24): daily and weekly seasonality, including their interaction (a weekday-only
 *       morning ramp), which additive hour-of-day + day-of-week terms would smear over the
 *       weekend; and</li>
 *   <li>a linear <b>trend</b> in days, once at least a day of hours repeats a seasonal slot (so
 *       the trend is identified from the same hour seen on different days).</li>
 * </ul>
 * Rows are weighted as M8 weights its seasonal-naive mean: hours in the last 7 days 1.0, older
 * ones 0.5. Without the trend this is exactly M8's weighted seasonal-naive mean; the trend lets a
 * growing (or shrinking) load be extrapolated over the 48 h horizon. Forecasts are clamped at 0.
 * Only the look-back ({@value LoadHistory#LOOKBACK_HOURS} h) before {@code firstHour} is used.
 */
public final class SeasonalForecaster implements Forecaster {
    static final int WEEK = 168;
    static final int DAY = 24;
    private static final double OLDER_WEIGHT = 0.5;

    @Override
    public double[] forecast(LoadHistory history, long firstHour, int hours) {
        List<long[]> idx = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        boolean[] seenWeek = new boolean[WEEK];
        boolean[] seenDay = new boolean[DAY];
        for (long h = firstHour - LoadHistory.LOOKBACK_HOURS; h < firstHour; h++) {
            double y = history.hourlyMean(h);
            if (!Double.isNaN(y)) {
                idx.add(new long[] {h});
                ys.add(y);
                seenWeek[(int) Math.floorMod(h, WEEK)] = true;
                seenDay[(int) Math.floorMod(h, DAY)] = true;
            }
        }
        int n = ys.size();
        double[] out = new double[hours];
        if (n == 0) {
            return out;
        }
        int period = all(seenWeek) ? WEEK : DAY;
        boolean[] seen = period == WEEK ? seenWeek : seenDay;
        int slots = count(seen);
        int[] column = new int[period];
        int c = 0;
        for (int s = 0; s < period; s++) {
            column[s] = seen[s] ? c++ : -1;
        }
        boolean trend = n >= slots + DAY;
        int p = slots + (trend ? 1 : 0);
        double[][] x = new double[n][p];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            long h = idx.get(i)[0];
            double w = Math.sqrt(h >= firstHour - WEEK ? 1.0 : OLDER_WEIGHT);
            x[i][column[(int) Math.floorMod(h, period)]] = w;
            if (trend) {
                x[i][slots] = w * (h - firstHour) / (double) DAY;
            }
            y[i] = w * ys.get(i);
        }
        double[] beta = fit(x, y, slots, trend);
        double mean = 0;
        for (double v : ys) {
            mean += v;
        }
        mean /= n;
        for (int k = 0; k < hours; k++) {
            long h = firstHour + k;
            int col = column[(int) Math.floorMod(h, period)];
            double v = col >= 0 ? beta[col] : mean;
            if (trend) {
                v += beta[slots] * (h - firstHour) / (double) DAY;
            }
            out[k] = Double.isFinite(v) ? Math.max(0, v) : Math.max(0, mean);
        }
        return out;
    }

    /** WLS coefficients; without the trend (or if it is not identifiable) the weighted slot means. */
    private static double[] fit(double[][] x, double[] y, int slots, boolean trend) {
        if (trend) {
            try {
                OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
                ols.setNoIntercept(true);
                ols.newSampleData(y, x);
                return ols.estimateRegressionParameters();
            } catch (IllegalArgumentException e) { // includes SingularMatrixException
                // fall through to slot means
            }
        }
        double[] num = new double[slots + 1];
        double[] den = new double[slots + 1];
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < slots; j++) {
                if (x[i][j] != 0) {
                    num[j] += x[i][j] * y[i]; // (√w)·(√w·y) = w·y
                    den[j] += x[i][j] * x[i][j];
                }
            }
        }
        double[] beta = new double[slots + 1];
        for (int j = 0; j < slots; j++) {
            beta[j] = num[j] / den[j];
        }
        return beta;
    }

    private static boolean all(boolean[] a) {
        return count(a) == a.length;
    }

    private static int count(boolean[] a) {
        int k = 0;
        for (boolean b : a) {
            k += b ? 1 : 0;
        }
        return k;
    }
}
