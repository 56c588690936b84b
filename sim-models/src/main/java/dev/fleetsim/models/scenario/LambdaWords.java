package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The scenario words of the Lambda fleet's enumerated fields (aws-behaviour.md section 4). */
public final class LambdaWords {
    private LambdaWords() {}

    /** Instruction set of the function; it selects the price row (4.8). */
    public enum Architecture {
        X86_64("x86_64"),
        ARM64("arm64");

        private final String yaml;

        Architecture(String yaml) {
            this.yaml = yaml;
        }

        @JsonValue
        @Override
        public String toString() {
            return yaml;
        }

        @JsonCreator
        public static Architecture fromYaml(String text) {
            return ScalingPolicySpec.YamlWords.parse(values(), text);
        }
    }

    /** Runtime family; it selects the default init duration (M18) and whether SnapStart is offered (4.7). */
    public enum Runtime {
        NODEJS("nodejs"),
        PYTHON("python"),
        JAVA("java"),
        DOTNET("dotnet");

        private final String yaml;

        Runtime(String yaml) {
            this.yaml = yaml;
        }

        @JsonValue
        @Override
        public String toString() {
            return yaml;
        }

        @JsonCreator
        public static Runtime fromYaml(String text) {
            return ScalingPolicySpec.YamlWords.parse(values(), text);
        }

        /** SnapStart supports Java 11+, Python 3.12+ and .NET 8+ (4.7). */
        public boolean snapStartSupported() {
            return this != NODEJS;
        }

        /** SnapStart is free for Java; Python and .NET pay cache and restore charges (4.7). */
        public boolean snapStartCharged() {
            return this == PYTHON || this == DOTNET;
        }
    }

    /** How the function is packaged: container images add to the cold start (M18). */
    public enum PackageType {
        ZIP("zip"),
        IMAGE("image");

        private final String yaml;

        PackageType(String yaml) {
            this.yaml = yaml;
        }

        @JsonValue
        @Override
        public String toString() {
            return yaml;
        }

        @JsonCreator
        public static PackageType fromYaml(String text) {
            return ScalingPolicySpec.YamlWords.parse(values(), text);
        }
    }

    /** Which idle environment serves the next request (GAP; most recently used by default). */
    public enum Reuse {
        MOST_RECENT("most-recent"),
        LEAST_RECENT("least-recent");

        private final String yaml;

        Reuse(String yaml) {
            this.yaml = yaml;
        }

        @JsonValue
        @Override
        public String toString() {
            return yaml;
        }

        @JsonCreator
        public static Reuse fromYaml(String text) {
            return ScalingPolicySpec.YamlWords.parse(values(), text);
        }
    }

    /** How callers invoke the function (4.5). */
    public enum Invocation {
        SYNC("sync"),
        ASYNC("async");

        private final String yaml;

        Invocation(String yaml) {
            this.yaml = yaml;
        }

        @JsonValue
        @Override
        public String toString() {
            return yaml;
        }

        @JsonCreator
        public static Invocation fromYaml(String text) {
            return ScalingPolicySpec.YamlWords.parse(values(), text);
        }
    }

    /** The scaling-rate model (4.4, M15): the current per-function bucket or the pre-Nov-2023 account burst. */
    public enum ScalingMode {
        PER_FUNCTION("per-function"),
        LEGACY_ACCOUNT("legacy-account");

        private final String yaml;

        ScalingMode(String yaml) {
            this.yaml = yaml;
        }

        @JsonValue
        @Override
        public String toString() {
            return yaml;
        }

        @JsonCreator
        public static ScalingMode fromYaml(String text) {
            return ScalingPolicySpec.YamlWords.parse(values(), text);
        }
    }
}
