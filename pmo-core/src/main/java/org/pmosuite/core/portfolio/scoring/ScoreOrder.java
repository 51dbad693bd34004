package org.pmosuite.core.portfolio.scoring;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The ranking order: computed scores first, highest first; then every score that could not be computed (an input
 * missing or off its scale); ties, and the uncomputed among themselves, by id ascending. With ids unique within a
 * ranking this is a total order and two candidates compare equal only when they have the same id, so sorting is
 * deterministic whatever order the candidates came in.
 *
 * <p>To rank a whole portfolio use {@link #rank}: it gives the same list as sorting with this comparator, faster,
 * because it sorts on primitive keys rather than calling {@link #compare} some n log n times through the objects.
 */
public enum ScoreOrder implements Comparator<RankCandidate> {

    /** The order of {@link RankCandidate}s. */
    BY_SCORE_THEN_ID;

    @Override
    public int compare(RankCandidate a, RankCandidate b) {
        return compare(a.score(), a.id(), b.score(), b.id());
    }

    /** The same order over any type that has a score and a unique {@code long} id. */
    public static <T> Comparator<T> byScoreThenId(Function<? super T, Score> score, ToLongFunction<? super T> id) {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(id, "id");
        return (a, b) -> compare(score.apply(a), id.applyAsLong(a), score.apply(b), id.applyAsLong(b));
    }

    /** Computed before not computed, then higher value first; 0 when neither tells them apart. */
    public static int compareScores(Score a, Score b) {
        boolean computedA = a.computed();
        boolean computedB = b.computed();
        if (computedA != computedB) {
            return computedA ? -1 : 1;
        }
        return computedA ? Double.compare(b.rawValue(), a.rawValue()) : 0;
    }

    /** The candidates in this order, as {@link #rank(Collection, Function, ToLongFunction)} ranks them. */
    public static List<RankCandidate> rank(Collection<RankCandidate> candidates) {
        return rank(candidates, RankCandidate::score, RankCandidate::id);
    }

    /**
     * The items in this order by their score and id: the list that sorting them with
     * {@link #byScoreThenId(Function, ToLongFunction)} gives (both sorts are stable, so even items sharing an id come
     * out alike), computed with a merge sort over each item's primitive sort key and id.
     *
     * @return an unmodifiable list
     */
    public static <T> List<T> rank(Collection<? extends T> items, Function<? super T, Score> score,
            ToLongFunction<? super T> id) {
        Object[] array = items.toArray();
        int size = array.length;
        long[] keys = new long[size];
        long[] ids = new long[size];
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            @SuppressWarnings("unchecked")
            T item = (T) Objects.requireNonNull(array[i], "item");
            keys[i] = sortKey(score.apply(item));
            ids[i] = id.applyAsLong(item);
            order[i] = i;
        }
        mergeSort(order.clone(), order, 0, size, keys, ids);
        Object[] ranked = new Object[size];
        for (int i = 0; i < size; i++) {
            ranked[i] = array[order[i]];
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Arrays.asList(ranked);
        return Collections.unmodifiableList(list);
    }

    /**
     * A key that sorts ascending in this order: a computed score's value as a long that orders like the double,
     * inverted so that higher scores come first; {@link Long#MAX_VALUE}, above every finite score's, when not
     * computed.
     */
    static long sortKey(Score score) {
        if (!score.computed()) {
            return Long.MAX_VALUE;
        }
        long bits = Double.doubleToRawLongBits(score.rawValue());
        return ~(bits ^ ((bits >> 63) & Long.MAX_VALUE));
    }

    /** Sorts {@code to[low, high)} stably by key then id, {@code from} holding the same indices as scratch. */
    private static void mergeSort(int[] from, int[] to, int low, int high, long[] keys, long[] ids) {
        if (high - low < 24) {
            for (int i = low + 1; i < high; i++) {
                int item = to[i];
                int j = i;
                for (; j > low && compare(to[j - 1], item, keys, ids) > 0; j--) {
                    to[j] = to[j - 1];
                }
                to[j] = item;
            }
            return;
        }
        int middle = (low + high) >>> 1;
        mergeSort(to, from, low, middle, keys, ids);
        mergeSort(to, from, middle, high, keys, ids);
        if (compare(from[middle - 1], from[middle], keys, ids) <= 0) {
            System.arraycopy(from, low, to, low, high - low);
            return;
        }
        for (int i = low, left = low, right = middle; i < high; i++) {
            if (right >= high || (left < middle && compare(from[left], from[right], keys, ids) <= 0)) {
                to[i] = from[left++];
            } else {
                to[i] = from[right++];
            }
        }
    }

    private static int compare(int a, int b, long[] keys, long[] ids) {
        int byKey = Long.compare(keys[a], keys[b]);
        return byKey != 0 ? byKey : Long.compare(ids[a], ids[b]);
    }

    private static int compare(Score scoreA, long idA, Score scoreB, long idB) {
        int byScore = compareScores(scoreA, scoreB);
        return byScore != 0 ? byScore : Long.compare(idA, idB);
    }

}
