// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/StoreSql.h"

#include "store/StoreLog.h"

#include <QSqlError>

namespace fotadesk::storesql {

bool exec(QSqlQuery& query, const char* what)
{
    if (query.exec())
        return true;
    qCWarning(lcStore).noquote() << what << "failed:" << query.lastError().text();
    return false;
}

} // namespace fotadesk::storesql
