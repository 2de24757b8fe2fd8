using System.Globalization;

namespace NewsArchive.Parsing.Document;

/// <summary>
/// Regression trees added to a linear score (gradient boosting, fitted by tools/train-extraction.sh), read from a
/// part of the <see cref="ExtractionModel"/>. Each tree is a binary tree numbered as a heap (node n has the
/// children 2n+1 and 2n+2); a split is written <c>t{tree}.n{node}.{feature} threshold</c> (a candidate whose
/// feature is at most the threshold goes to the first child), a leaf <c>t{tree}.n{node} value</c>. The features
/// are named, so a model whose trees split on a feature the stage does not have is refused.
/// </summary>
internal sealed class TreeEnsemble
{
    // Flat arrays over all trees' nodes: a split has a feature >= 0; a leaf has feature -1 and its value.
    private readonly int[] _roots;
    private readonly int[] _feature;
    private readonly double[] _value;
    private readonly int[] _left;

    private TreeEnsemble(int[] roots, int[] feature, double[] value, int[] left) =>
        (_roots, _feature, _value, _left) = (roots, feature, value, left);

    /// <summary>No trees: adds nothing.</summary>
    public static TreeEnsemble Empty { get; } = new([], [], [], []);

    /// <summary>The number of trees.</summary>
    public int Count => _roots.Length;

    /// <summary>The trees of the model's <paramref name="part"/> (none when it has no such part), over the features <paramref name="names"/>.</summary>
    public static TreeEnsemble Of(ExtractionModel model, string part, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(names);
        var entries = model.Entries(part);
        if (entries.Count == 0)
        {
            return Empty;
        }
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            index[names[i]] = i;
        }
        // tree -> node -> (feature, value)
        var trees = new SortedDictionary<int, Dictionary<int, (int Feature, double Value)>>();
        foreach (var (name, weight) in entries)
        {
            var fields = name.Split('.', 3);
            if (fields.Length < 2 || !TryNumber(fields[0], 't', out var tree) || !TryNumber(fields[1], 'n', out var node))
            {
                throw new FormatException($"A tree node of '{part}' is named t<tree>.n<node>[.<feature>]: {name}");
            }
            var feature = -1;
            if (fields.Length == 3 && !index.TryGetValue(fields[2], out feature))
            {
                throw new InvalidOperationException($"The model's trees '{part}' split on '{fields[2]}', which the parser does not have (retrain with tools/train-extraction.sh).");
            }
            if (!trees.TryGetValue(tree, out var nodes))
            {
                trees[tree] = nodes = [];
            }
            if (!nodes.TryAdd(node, (feature, weight)))
            {
                throw new FormatException($"The tree node {name} of '{part}' is written twice.");
            }
        }
        var roots = new List<int>();
        var (features, values, lefts) = (new List<int>(), new List<double>(), new List<int>());
        foreach (var nodes in trees.Values)
        {
            roots.Add(Flatten(nodes, features, values, lefts, part));
        }
        return new TreeEnsemble([.. roots], [.. features], [.. values], [.. lefts]);
    }

    /// <summary>The sum of the trees' leaves that the candidate <paramref name="x"/> reaches.</summary>
    public double Score(ReadOnlySpan<double> x)
    {
        var sum = 0.0;
        foreach (var root in _roots)
        {
            var n = root;
            while (_feature[n] >= 0)
            {
                n = x[_feature[n]] <= _value[n] ? _left[n] : _left[n] + 1;
            }
            sum += _value[n];
        }
        return sum;
    }

    // Writes one tree breadth first, so that a split's two children are adjacent; returns the root's flat index.
    // A node is written at the next free index, behind the nodes still queued, and its children follow those.
    private static int Flatten(Dictionary<int, (int Feature, double Value)> nodes, List<int> features, List<double> values, List<int> lefts, string part)
    {
        var root = features.Count;
        var queue = new Queue<int>([0]);
        while (queue.TryDequeue(out var node))
        {
            if (!nodes.TryGetValue(node, out var n))
            {
                throw new FormatException($"A tree of '{part}' lacks its node {node.ToString(CultureInfo.InvariantCulture)}.");
            }
            features.Add(n.Feature);
            values.Add(n.Value);
            lefts.Add(n.Feature >= 0 ? features.Count + queue.Count : -1);
            if (n.Feature >= 0)
            {
                queue.Enqueue((2 * node) + 1);
                queue.Enqueue((2 * node) + 2);
            }
        }
        return root;
    }

    private static bool TryNumber(string field, char prefix, out int number)
    {
        number = 0;
        return field.Length > 1 && field[0] == prefix && int.TryParse(field.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }
}
