package org.tsunagu.extraction.internal.structure;

/**
 * A main verb with the auxiliaries, modals, negation and controlling verbs before it, over tokens
 * [firstToken, head]: "has been signed", "will not sign", "plans to sign", "agreed to explore".
 */
public record VerbGroup(int firstToken, int head, Voice voice, Tense tense, Modality modality) {
}
