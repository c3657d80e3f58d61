// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace fotadesk::test {

/// One file of the IMEI importer's corpus.
struct ImeiCorpusFile
{
    QString name;     ///< a file name without folders (what the outputs show)
    QByteArray bytes; ///< the file's contents
};

/// The tricky device lists that pin the importer's behaviour byte for byte (issue 20): valid,
/// invalid and duplicate IMEIs; BOMs and encodings (UTF-8, UTF-16 LE/BE, Windows-1252);
/// quoted fields with delimiters, quotes and line breaks; CRLF, lone CR, blank lines, headers,
/// sep= lines; records across the importer's 1 MB read blocks; over-long lines and too many
/// cells; every error of a whole file. Generated, never random: the same bytes on every run
/// and machine, so that the outputs recorded from one build are compared with another's.
QList<ImeiCorpusFile> imeiCorpus();

} // namespace fotadesk::test
