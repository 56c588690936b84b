package dev.fleetsim.models.scenario;

import java.util.List;

/**
 * A scenario that cannot be used. The message is the first problem on one line; all problems
 * are available for commands (like {@code validate}) that list them.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<ScenarioProblem> problems;

    public ScenarioException(List<ScenarioProblem> problems) {
        super(problems.get(0).oneLine() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(ScenarioProblem problem, Throwable cause) {
        super(problem.oneLine(), cause);
        this.problems = List.of(problem);
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }
}
