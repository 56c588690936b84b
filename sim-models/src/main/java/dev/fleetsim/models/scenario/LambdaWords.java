package dev.fleetsim.models.scenario;

/** The scenario words of the Lambda fleet's enumerated fields (aws-behaviour.md section 4). */
public final class LambdaWords {
    private LambdaWords() {}

    /** Instruction set of the function; it selects the price row (4.8). */
    public enum Architecture implements YamlEnum {
        X86_64("x86_64"),
        ARM64("arm64");

        private final String yaml;

        Architecture(String yaml) {
            this.yaml = yaml;
        }

        @Override
        public String toString() {
            return yaml;
        }

        @Override
        public String yamlName() {
            return yaml;
        }
    }

    /** Runtime family; it selects the default init duration (M18) and whether SnapStart is offered (4.7). */
    public enum Runtime implements YamlEnum {
        NODEJS,
        PYTHON,
        JAVA,
        DOTNET;

        /** SnapStart supports Java 11+, Python 3.12+ and .NET 8+ (4.7). */
        public boolean snapStartSupported() {
            return this != NODEJS;
        }

        /** SnapStart is free for Java; Python and .NET pay cache and restore charges (4.7). */
        public boolean snapStartCharged() {
            return this == PYTHON || this == DOTNET;
        }

        @Override
        public String toString() {
            return yamlName();
        }
    }

    /** How the function is packaged: container images add to the cold start (M18). */
    public enum PackageType implements YamlEnum {
        ZIP,
        IMAGE;

        @Override
        public String toString() {
            return yamlName();
        }
    }

    /** Which idle environment serves the next request (GAP; most recently used by default). */
    public enum Reuse implements YamlEnum {
        MOST_RECENT,
        LEAST_RECENT;

        @Override
        public String toString() {
            return yamlName();
        }
    }

    /** How callers invoke the function (4.5). */
    public enum Invocation implements YamlEnum {
        SYNC,
        ASYNC;

        @Override
        public String toString() {
            return yamlName();
        }
    }

    /** The scaling-rate model (4.4, M15): the current per-function bucket or the pre-Nov-2023 account burst. */
    public enum ScalingMode implements YamlEnum {
        PER_FUNCTION,
        LEGACY_ACCOUNT;

        @Override
        public String toString() {
            return yamlName();
        }
    }
}
