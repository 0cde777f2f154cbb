namespace StakeholderBot.Knowledge.Answering;

// Acronyms of EU cohesion policy and their long forms: a question with "SMEs" also finds "small and medium
// enterprises", one with "priority axis 1" also finds "PA1". General domain vocabulary, not tied to any question.
public static class Glossary
{
    public static readonly IReadOnlyList<(string Acronym, string[] LongForms)> Entries =
    [
        ("sme", ["small and medium enterprises", "small and medium sized enterprises", "small medium enterprises", "small businesses", "kmo", "mkb", "kmu", "pme", "pmi", "kkv", "msp", "mmp"]),
        ("rsg", ["regional stakeholder group", "stakeholder group"]),
        ("gp", ["good practice"]),
        ("op", ["operational program"]),
        ("pa", ["priority axis", "priority axes"]),
        ("so", ["specific objective"]),
        ("ip", ["investment priority"]),
        ("ta", ["technical assistance"]),
        ("erdf", ["european regional development fund", "efro", "efre", "feder", "fesr", "efrr"]),
        ("cbc", ["cross border cooperation", "cross border"]),
        ("ma", ["managing authority"]),
        ("ib", ["intermediate body"]),
        ("eu", ["european union"]),
        ("plp", ["policy learning platform"]),
        ("egtc", ["european grouping of territorial cooperation"]),
        ("rop", ["regional operational program"]),
    ];
}
