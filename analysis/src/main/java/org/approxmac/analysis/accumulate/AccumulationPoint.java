package org.approxmac.analysis.accumulate;

/**
 * The statistics of the relative error of approximate dot products of one length over the trials.
 *
 * @param length       products per dot product
 * @param trials       dot products evaluated
 * @param meanRelError mean of (S' - S) / S
 * @param varRelError  population variance of (S' - S) / S
 * @param minRelError  smallest (S' - S) / S
 * @param maxRelError  largest (S' - S) / S
 */
public record AccumulationPoint(int length, int trials, double meanRelError, double varRelError,
                                double minRelError, double maxRelError) {
}
