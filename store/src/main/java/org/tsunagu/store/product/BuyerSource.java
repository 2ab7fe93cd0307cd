package org.tsunagu.store.product;

import org.tsunagu.model.Coded;

/** How a buyer profile came to be: written by an editor, or added from what the knowledge base says of an organisation. */
public enum BuyerSource implements Coded {
    EDITOR,
    FACTS
}
