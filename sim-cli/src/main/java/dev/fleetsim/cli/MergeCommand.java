package dev.fleetsim.cli;

import dev.fleetsim.models.sweep.SweepDirectory;
import dev.fleetsim.models.sweep.SweepGoal;
import dev.fleetsim.models.sweep.SweepMerge;
import dev.fleetsim.models.sweep.SweepTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fleetsim merge DIR...}: combine the shards of a sweep into the whole sweep's outputs. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Combine the directories of a sharded sweep (fleetsim sweep --shard K/N) into sweep.csv and"
                + " sweep.json, identical to an unsharded run; refuses incomplete or mismatched sets.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:merged", "1:internal error", "2:bad input (missing, incomplete or mismatched shards)"})
final class MergeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "The shard directories, one per shard.")
    List<Path> shards = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write the merged sweep.")
    Path out;

    @Option(names = "--force", description = "Replace a merged sweep already in --out DIR.")
    boolean force;

    @Option(names = "--format", defaultValue = "table", description = "What to print: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SweepCommand.Format format;

    @Mixin
    SweepGoalOptions goalOptions;

    @Mixin
    VerboseOption verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SweepGoal goal = goalOptions.goal();
        List<SweepDirectory> dirs = new ArrayList<>();
        shards.forEach(d -> dirs.add(new SweepDirectory(d)));
        SweepMerge.Merged merged = SweepMerge.merge(dirs);
        SweepTable table = SweepTable.of(merged.manifest(), merged.plan(), merged.results());
        if (goal != null) {
            goal.check(table); // an unknown statistic is refused before anything is written
        }
        SweepDirectory target = new SweepDirectory(out);
        target.prepare(merged.manifest(), false, force);
        SweepSummary.finish(table, goal, goalOptions.show, target, format, spec.commandLine().getOut());
        return 0;
    }
}
