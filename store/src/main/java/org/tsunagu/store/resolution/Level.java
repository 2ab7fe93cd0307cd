package org.tsunagu.store.resolution;

import org.tsunagu.model.Coded;

/** Where a place stands in the hierarchy: a region is a prefecture, province or state. */
public enum Level implements Coded {
    COUNTRY,
    REGION,
    CITY
}
