// The published patterns in .NET's regex engine (System.Text.RegularExpressions), for
// tests/test_patterns.py. Reads lines from standard input: "P <hex>" sets the pattern,
// "S <hex>" tests a string; each is UTF-16 code units as hex, so that lone surrogates
// reach the engine as they are. Writes one line per input line: "P", or 1/0 for
// whether the pattern matches somewhere in the string (as JSON Schema's pattern asks).
using System;
using System.Text;
using System.Text.RegularExpressions;

static class Match {
  static string Decode(string hex) {
    var units = new char[hex.Length / 4];
    for (int i = 0; i < units.Length; i++) {
      int low = Convert.ToInt32(hex.Substring(i * 4, 2), 16);
      int high = Convert.ToInt32(hex.Substring(i * 4 + 2, 2), 16);
      units[i] = (char)(low | (high << 8));
    }
    return new string(units);
  }

  static void Main() {
    Regex pattern = null;
    var output = new StringBuilder();
    foreach (var line in Console.In.ReadToEnd().Split('\n')) {
      if (line.Length < 2) continue;
      var text = Decode(line.Substring(2));
      if (line[0] == 'P') {
        pattern = new Regex(text, RegexOptions.CultureInvariant);
        output.Append("P\n");
      } else {
        output.Append(pattern.IsMatch(text) ? "1\n" : "0\n");
      }
    }
    Console.Out.Write(output.ToString());
  }
}
