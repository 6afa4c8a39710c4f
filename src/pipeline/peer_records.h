// Peer coders' validation records as gold: reads PETRARCH-style validation XML into GoldRecords.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "pipeline/eval.h"
#include "pipeline/pipeline.h"

namespace parley {

/// A parsed PETRARCH validation file: the coded records plus what was set aside.
struct PetrarchFile {
  std::vector<GoldRecord> records;      ///< records with sentence="true", in file order
  std::vector<std::string> categories;  ///< parallel to records: the category attribute ("" when absent)
  int sentences = 0;                    ///< every <Sentence> element seen
  int skipped = 0;                      ///< sentence="false": records PETRARCH itself does not code
  int error_codings = 0;                ///< <EventCoding error=...>: an expected coder error, no event
  int noevent_codings = 0;              ///< <EventCoding noevents="True">: the record has no event
};

/// Parses validation XML held in memory; `name` prefixes error messages ("name:line: ...").
/// Each <Sentence date="YYYYMMDD" id=.. sentence="true|false" category=..> gives one GoldRecord:
/// date as YYYY-MM-DD, <Text> with entities decoded and whitespace collapsed, one GoldEvent per
/// <EventCoding sourcecode targetcode eventcode>. Comments, <Parse> and other elements are skipped.
Result<PetrarchFile> ParsePetrarchXml(std::string_view xml, const std::string& name);

/// Reads and parses a validation XML file (see ParsePetrarchXml).
Result<PetrarchFile> ReadPetrarchFile(const std::string& path);

/// The coded records of a validation XML file as gold (sentence="false" records left out).
Result<std::vector<GoldRecord>> ReadPetrarchXml(const std::string& path);

/// Evaluates each category's records separately; keys are categories ("" for none).
std::map<std::string, EvalReport> EvaluateByCategory(const PetrarchFile& file, const Pipeline& pipeline);

/// A one-line-per-category table of records, gold events and country/full F1.
std::string FormatByCategory(const std::map<std::string, EvalReport>& reports);

}  // namespace parley
