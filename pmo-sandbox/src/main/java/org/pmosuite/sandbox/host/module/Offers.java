package org.pmosuite.sandbox.host.module;

import java.util.ArrayList;
import java.util.List;

/** The registry of what the sandbox's landing page offers, in the order hosts installed it. */
public final class Offers {

    /** A link the landing page offers: a path below the context path, and what it is. */
    public record Offer(String label, String path, String description) {
    }

    private final List<Offer> offers = new ArrayList<>();

    public synchronized void add(Offer offer) {
        offers.add(offer);
    }

    public synchronized List<Offer> all() {
        return List.copyOf(offers);
    }
}
