package eu.hub.editorial;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import eu.hub.editorial.Comparison.DiffLine;
import eu.hub.editorial.Comparison.DiffLine.Kind;
import java.util.ArrayList;
import java.util.List;

/** A side-by-side line diff of two texts, computed by java-diff-utils (Myers). */
public final class LineDiff {

  private LineDiff() {}

  /** Every line of both texts, paired: unchanged, changed, inserted or deleted. */
  public static List<DiffLine> of(String before, String after) {
    List<String> a = lines(before);
    List<String> b = lines(after);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<DiffLine> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      while (i < start) {
        out.add(new DiffLine(Kind.SAME, a.get(i), b.get(j), i + 1, j + 1));
        i++;
        j++;
      }
      List<String> gone = delta.getSource().getLines();
      List<String> come = delta.getTarget().getLines();
      int paired = Math.min(gone.size(), come.size());
      for (int k = 0; k < Math.max(gone.size(), come.size()); k++) {
        if (k < paired) {
          out.add(new DiffLine(Kind.CHANGED, gone.get(k), come.get(k), i + 1, j + 1));
          i++;
          j++;
        } else if (k < gone.size()) {
          out.add(new DiffLine(Kind.DELETED, gone.get(k), null, i + 1, 0));
          i++;
        } else {
          out.add(new DiffLine(Kind.INSERTED, null, come.get(k), 0, j + 1));
          j++;
        }
      }
    }
    while (i < a.size()) {
      out.add(new DiffLine(Kind.SAME, a.get(i), b.get(j), i + 1, j + 1));
      i++;
      j++;
    }
    return out;
  }

  private static List<String> lines(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return List.of(text.split("\r?\n", -1));
  }
}
