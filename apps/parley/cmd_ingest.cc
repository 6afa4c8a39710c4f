// parley ingest: read articles from files and print them (JSONL or a table); parley html-eval: extraction quality.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "args.h"
#include "commands.h"
#include "core/json.h"
#include "ingest/html.h"
#include "ingest/ingest.h"
#include "ingest/summary.h"
#include "text/analyzer.h"

namespace parley::cli {
namespace {

const Spec kIngestSpec{
    "ingest",
    "FILE... [options]",
    "Reads news articles (wire text, JSON Lines, HTML, WARC/.warc.gz, Reuters-21578 SGML; '-' = stdin),\n"
    "detects the format from content and name, parses datelines and report dates, splits sentences\n"
    "and prints one record per article. Rejected documents are listed on stderr with a closing summary.\n"
    "Example: parley ingest story.txt --year 2021 --format table",
    {
        {"format", 'f', "FMT", "output: jsonl (one object per article) or table", "jsonl"},
        {"input-format", 'i', "F", "force the input format: text, jsonl, html, warc, sgml", ""},
        {"year", 'y', "Y", "year for datelines that have none (else the report year stays unresolved)", ""},
        {"strict", 0, "", "any rejection makes the run fail (exit 1)", ""},
        {"max-record-bytes", 0, "N", "reject records larger than N bytes", "16777216"},
        {"data", 'd', "DIR", "dictionary directory (default: $PARLEY_DATA or the built-in path)", ""},
    }};

const Spec kHtmlEvalSpec{
    "html-eval",
    "DIR [options]",
    "Measures HTML main-text extraction against DIR/ground-truth.json (the articleBody of each page in\n"
    "DIR/html/<key>.html). Prints token-level precision, recall and F1, macro-averaged over pages.\n"
    "Example: parley html-eval ../shared/corpora/html-scrapinghub",
    {
        {"verbose", 'v', "", "print the scores of every page", ""},
        {"limit", 'n', "N", "evaluate only the first N pages", ""},
    }};

bool ParseNumber(const std::string& s, long long min, long long max, long long* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (*end != '\0' || v < min || v > max) return false;
  *out = v;
  return true;
}

std::string ArticleJson(const Article& a) {
  JsonWriter w;
  w.BeginObject();
  w.Key("id").String(a.id).Key("origin").String(a.origin).Key("format").String(a.format);
  w.Key("title").String(a.title).Key("subtitle").String(a.subtitle).Key("url").String(a.url).Key("source").String(a.source);
  w.Key("dateline").BeginObject();
  w.Key("place").String(a.dateline.place).Key("agency").String(a.dateline.agency);
  w.Key("date").String(a.dateline.date.iso().empty() && a.dateline.date.month
                           ? "--" + std::string(a.dateline.date.month < 10 ? "0" : "") + std::to_string(a.dateline.date.month) + "-" +
                                 (a.dateline.date.day < 10 ? "0" : "") + std::to_string(a.dateline.date.day)
                           : a.dateline.date.iso());
  w.Key("found").Bool(a.dateline.found).EndObject();
  w.Key("report_date").String(a.report_date.year ? a.report_date.iso() : "");
  w.Key("report_date_precision").String(a.report_date.year ? PrecisionName(a.report_date.precision()) : "none");
  w.Key("report_date_source").String(a.report_date_source);
  w.Key("warnings").BeginArray();
  for (const auto& s : a.warnings) w.String(s);
  w.EndArray();
  w.Key("sentences").BeginArray();
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    const Sentence& s = a.sentences[i];
    w.BeginObject().Key("index").Int(static_cast<long long>(i));
    w.Key("span").BeginArray().Int(s.span.begin).Int(s.span.end).EndArray();
    w.Key("text").String(a.slice(s.span)).EndObject();
  }
  w.EndArray().EndObject();
  return w.Take();
}

std::string ArticleTable(const Article& a) {
  std::string out = "== " + a.id + "  [" + a.format + "]  " + a.origin + "\n";
  if (!a.title.empty()) out += "  title:       " + a.title + "\n";
  if (!a.subtitle.empty()) out += "  subtitle:    " + a.subtitle + "\n";
  if (!a.url.empty()) out += "  url:         " + a.url + "\n";
  if (a.dateline.found) {
    const Date& d = a.dateline.date;
    out += "  dateline:    " + a.dateline.place + (a.dateline.agency.empty() ? "" : " / " + a.dateline.agency) +
           (d.month ? " / month " + std::to_string(d.month) + " day " + std::to_string(d.day) : "") +
           (d.year ? " year " + std::to_string(d.year) : "") + "\n";
  } else {
    out += "  dateline:    (none)\n";
  }
  out += "  report date: " + (a.report_date.year ? a.report_date.iso() : std::string("?")) + " (" + a.report_date_source + ")\n";
  out += "  text:        " + std::to_string(a.text.size()) + " bytes, " + std::to_string(a.sentences.size()) + " sentences\n";
  if (!a.sentences.empty()) {
    std::string first(a.slice(a.sentences[0].span).substr(0, 160));
    out += "  first:       " + first + "\n";
  }
  for (const auto& w : a.warnings) out += "  warning:     " + w + "\n";
  return out;
}

}  // namespace

int CmdIngest(int argc, char** argv) {
  Parsed p = Parse(kIngestSpec, argc, argv);
  if (p.help) { std::fputs(Help(kIngestSpec).c_str(), stdout); return 0; }
  if (!p.error.empty()) return UsageError(kIngestSpec, p.error);
  if (p.positional.empty()) return UsageError(kIngestSpec, "no input files (use '-' for stdin)");
  std::string format = p.get("format");
  if (format != "jsonl" && format != "table") return UsageError(kIngestSpec, "--format must be jsonl or table");
  IngestOptions options;
  options.force_format = p.get("input-format");
  if (!options.force_format.empty() && options.force_format != "text" && options.force_format != "jsonl" &&
      options.force_format != "html" && options.force_format != "warc" && options.force_format != "sgml")
    return UsageError(kIngestSpec, "--input-format must be text, jsonl, html, warc or sgml");
  long long n = 0;
  if (p.has("year")) {
    if (!ParseNumber(p.get("year"), 1, 9999, &n)) return UsageError(kIngestSpec, "--year needs a year (1-9999)");
    options.default_year = static_cast<int>(n);
  }
  if (!ParseNumber(p.get("max-record-bytes"), 1, 1LL << 40, &n)) return UsageError(kIngestSpec, "--max-record-bytes needs a positive number");
  options.max_record_bytes = static_cast<size_t>(n);
  bool strict = p.has("strict");

  std::string data_dir = p.get("data");
  if (data_dir.empty() && std::getenv("PARLEY_DATA")) data_dir = std::getenv("PARLEY_DATA");
  if (data_dir.empty()) data_dir = PARLEY_DATA_DIR;
  auto lem = Lemmatizer::Load(data_dir);
  if (!lem.ok()) {
    std::fprintf(stderr, "parley ingest: cannot load dictionaries from %s: %s\n", data_dir.c_str(), lem.error().c_str());
    return 1;
  }
  TextAnalyzer analyzer(lem.value());

  RunSummary summary;
  bool progress = isatty(2);
  bool unreadable = false;
  std::string buffer;
  IngestSink sink;
  sink.on_article = [&](Article&& a) {
    analyzer.Analyze(a);
    buffer += format == "jsonl" ? ArticleJson(a) + "\n" : ArticleTable(a) + "\n";
    if (buffer.size() > (1 << 16)) { std::fwrite(buffer.data(), 1, buffer.size(), stdout); buffer.clear(); }
    summary.Ingested();
    if (progress && summary.read() % 500 == 0) std::fprintf(stderr, "\r%zu read", summary.read());
  };
  sink.on_rejection = [&](Rejection&& r) {
    summary.Rejected(r);
    if (progress) std::fputs("\r", stderr);
    std::fprintf(stderr, "rejected %s: %s%s%s\n", r.origin.c_str(), r.reason.c_str(), r.detail.empty() ? "" : ": ", r.detail.c_str());
  };
  for (const auto& file : p.positional) {
    Status s = IngestFile(file, options, sink);
    if (!s.ok()) {
      std::fprintf(stderr, "parley ingest: %s\n", s.message().c_str());
      unreadable = true;
    }
  }
  std::fwrite(buffer.data(), 1, buffer.size(), stdout);
  std::fflush(stdout);
  if (progress) std::fputs("\r", stderr);
  std::fputs(summary.Format().c_str(), stderr);
  if (unreadable) return 1;
  if (strict && summary.rejected()) {
    std::fprintf(stderr, "parley ingest: --strict: %zu rejection(s)\n", summary.rejected());
    return 1;
  }
  return 0;
}

int CmdHtmlEval(int argc, char** argv) {
  Parsed p = Parse(kHtmlEvalSpec, argc, argv);
  if (p.help) { std::fputs(Help(kHtmlEvalSpec).c_str(), stdout); return 0; }
  if (!p.error.empty()) return UsageError(kHtmlEvalSpec, p.error);
  if (p.positional.size() != 1) return UsageError(kHtmlEvalSpec, "expected one directory");
  long long limit = -1;
  if (p.has("limit") && !ParseNumber(p.get("limit"), 1, 1LL << 30, &limit)) return UsageError(kHtmlEvalSpec, "--limit needs a number");
  std::string dir = p.positional[0];
  std::ifstream gt_file(dir + "/ground-truth.json");
  if (!gt_file) { std::fprintf(stderr, "parley html-eval: cannot read %s/ground-truth.json\n", dir.c_str()); return 1; }
  nlohmann::json gt = nlohmann::json::parse(gt_file, nullptr, false);
  if (gt.is_discarded() || !gt.is_object()) { std::fprintf(stderr, "parley html-eval: ground-truth.json is not a JSON object\n"); return 1; }
  double sum_p = 0, sum_r = 0, sum_f = 0;
  long pages = 0, missing = 0;
  for (auto it = gt.begin(); it != gt.end(); ++it) {
    if (limit >= 0 && pages >= limit) break;
    if (!it.value().is_object() || !it.value().contains("articleBody") || !it.value()["articleBody"].is_string()) continue;
    std::ifstream f(dir + "/html/" + it.key() + ".html", std::ios::binary);
    if (!f) { ++missing; continue; }
    std::stringstream ss;
    ss << f.rdbuf();
    HtmlPage page = ExtractHtml(ss.str());
    TokenScore s = ScoreTokens(page.text, it.value()["articleBody"].get<std::string>());
    sum_p += s.precision; sum_r += s.recall; sum_f += s.f1;
    ++pages;
    if (p.has("verbose")) std::printf("%s  P %.3f  R %.3f  F1 %.3f\n", it.key().c_str(), s.precision, s.recall, s.f1);
  }
  if (!pages) { std::fprintf(stderr, "parley html-eval: no pages evaluated\n"); return 1; }
  std::printf("pages %ld (missing %ld)\nprecision %.3f\nrecall    %.3f\nF1        %.3f\n(token-level, macro-averaged over pages)\n",
              pages, missing, sum_p / pages, sum_r / pages, sum_f / pages);
  return 0;
}

}  // namespace parley::cli
