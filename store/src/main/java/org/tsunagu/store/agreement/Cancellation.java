package org.tsunagu.store.agreement;

import java.util.Optional;

/**
 * An editor's word that an agreement was cancelled: on which day ({@code on}, as precise as known)
 * and why, when the editor gave them, and who said it when ({@code by}, {@code at}).
 */
public record Cancellation(Optional<String> on, Optional<String> reason, String by, String at) {
}
