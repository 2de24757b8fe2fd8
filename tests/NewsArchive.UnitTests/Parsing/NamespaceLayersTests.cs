using System.Reflection;
using System.Reflection.Emit;
using NewsArchive.Parsing;

namespace NewsArchive.UnitTests.Parsing;

/// <summary>
/// The parser's namespaces form layers: the document at the bottom, then decoding, lines and the recognisers,
/// then the stages, then the façade. A type may use its own namespace and lower layers only, so no stage uses
/// another stage and no recogniser uses a stage. Read from the compiled code (signatures and method bodies),
/// so an implicit reference to a parent namespace counts as much as a using directive (constants, which the
/// compiler copies into the code that reads them, are the one reference it cannot see).
/// </summary>
public class NamespaceLayersTests
{
    private const string Root = "NewsArchive.Parsing";

    private static readonly Dictionary<string, int> s_layers = new(StringComparer.Ordinal)
    {
        [Root + ".Document"] = 0,
        [Root + ".Decoding"] = 1,
        [Root + ".Lines"] = 1,
        [Root + ".Recognisers"] = 1,
        [Root + ".Classification"] = 2,
        [Root + ".Titles"] = 2,
        [Root + ".Dates"] = 2,
        [Root + ".Sources"] = 2,
        [Root] = 3,
    };

    private static readonly Dictionary<short, OpCode> s_opCodes = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    [Fact]
    public void Every_parser_namespace_is_in_a_layer()
    {
        var namespaces = ParserTypes().Select(t => t.Namespace!).Distinct(StringComparer.Ordinal);

        Assert.All(namespaces, ns => Assert.Contains(ns, s_layers.Keys));
    }

    [Fact]
    public void Parser_namespaces_use_only_their_own_and_lower_layers()
    {
        var wrong = (from type in ParserTypes()
                     from used in UsedTypes(type)
                     let user = Outer(type).Namespace!
                     let target = Outer(used).Namespace
                     where target is not null && s_layers.ContainsKey(target) && target != user && s_layers[target] >= s_layers[user]
                     select $"{Outer(type).FullName} ({user}) uses {Outer(used).FullName} ({target})").Distinct().ToList();

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    private static IEnumerable<Type> ParserTypes() =>
        typeof(ArticleTextParser).Assembly.GetTypes().Where(t => Outer(t).Namespace is { } ns && (ns == Root || ns.StartsWith(Root + ".", StringComparison.Ordinal)));

    // Closures, iterators and other compiler-made types belong to the type that declares them.
    private static Type Outer(Type type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }
        return type.IsGenericType && !type.IsGenericTypeDefinition ? type.GetGenericTypeDefinition() : type;
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var used = new List<Type?> { type.BaseType };
        used.AddRange(type.GetInterfaces());
        used.AddRange(type.GetFields(All).Select(f => f.FieldType));
        used.AddRange(type.GetProperties(All).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            used.AddRange(method.GetParameters().Select(p => p.ParameterType));
            used.Add((method as MethodInfo)?.ReturnType);
            used.AddRange(method.GetMethodBody()?.LocalVariables.Select(l => l.LocalType) ?? []);
            used.AddRange(BodyReferences(method));
        }
        return used.OfType<Type>().SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }
        return type.IsGenericType ? [type, .. type.GetGenericArguments().SelectMany(Unwrap)] : [type];
    }

    // Every type, method and field token in the method's IL, resolved to the type it names or belongs to.
    private static List<Type> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        var module = method.Module;
        var found = new List<Type>();
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? s_opCodes[(short)((0xFE << 8) | il[at + 1])] : s_opCodes[il[at]];
            at += code.Size;
            var operand = OperandSize(code.OperandType, il, at);
            if (code.OperandType is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                var member = module.ResolveMember(BitConverter.ToInt32(il, at), SafeGenerics(method.DeclaringType), SafeGenerics(method));
                found.Add(member as Type ?? member?.DeclaringType ?? typeof(object));
                found.AddRange((member as FieldInfo)?.FieldType is { } field ? [field] : []);
            }
            at += operand;
        }
        return found;
    }

    private static Type[]? SafeGenerics(Type? type) => type is { IsGenericType: true } ? type.GetGenericArguments() : null;

    private static Type[]? SafeGenerics(MethodBase method) => method is MethodInfo { IsGenericMethod: true } ? method.GetGenericArguments() : null;

    private static int OperandSize(OperandType type, byte[] il, int at) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
