package io.serviceculture.core.commitments;

/** A commitment as one viewer sees it: where it stands now, and what they may do with it. */
public record MeasuredCommitment(Commitment commitment, Measurement measurement, boolean canEdit, boolean canSignOff) {}
