package com.atlassian.activeobjects.external;

import org.jspecify.annotations.Nullable;

/**
 * A whole-number version of an app's data model; no stored version reads as 0. Mirrors the members the app and the
 * host call: {@code valueOf}, {@code isOlderThan}, {@code isSame}, {@code compareTo}, {@code toString}.
 */
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(@Nullable String s) {
        return new ModelVersion(s == null ? 0 : Integer.parseInt(s));
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ModelVersion that && that.version == version;
    }

    @Override
    public int hashCode() {
        return version;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
