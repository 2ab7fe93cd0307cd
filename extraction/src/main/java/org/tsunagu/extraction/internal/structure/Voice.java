package org.tsunagu.extraction.internal.structure;

/** Whether the subject of a verb group did the act ("A signed") or underwent it ("was signed by A"). */
public enum Voice { ACTIVE, PASSIVE }
