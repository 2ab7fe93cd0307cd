package org.tsunagu.extraction.internal.structure;

/**
 * When a verb group places its act: done ("signed", "has signed", "was signed"), going on
 * ("signs", "is signing"), to come ("will sign", "is to sign"), or not placed at all by a bare
 * infinitive or gerund ("to sign", "signing").
 */
public enum Tense { PAST, PRESENT, FUTURE, UNPLACED }
