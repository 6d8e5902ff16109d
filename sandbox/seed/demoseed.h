#pragma once

#include <QJsonObject>
#include <QString>

namespace cv::sandbox {

class SandboxContext;

/// The demo vendor account "Connect Lab Vendor" (VA-...) with one admin user; run once per data file.
void createDemoAccount(SandboxContext &context);
/// Makes `key` ("SU-xxx-xxx-xxx:secret") the demo account's API key (an active token).
void setDemoApiKey(SandboxContext &context, const QString &key);

/// `--seed demo`: the lab's world. Calls the area seeds below in order.
void seedDemo(SandboxContext &context);

/// demoproduct.cpp: the published demo product "Connect Cloud Storage" with items, parameters, templates,
/// an action, media, a logo, a German localization and translation. Returns its id.
QString seedDemoProduct(SandboxContext &context);

// Area seeds, each implemented beside its API (see the file named).
/// marketapi.cpp: two marketplaces with hubs, signed distribution agreements/contracts and a program
/// agreement/contract; a connection per environment for `productId`; listings. Returns
/// {"marketplaces": [...], "contracts": [...], "connections": {"test": {...}, "preview": {...}, "production": {...}}}.
QJsonObject seedMarket(SandboxContext &context, const QString &productId);
/// agreementseed.cpp: a second version of every agreement (the program's as PDFs, the vendor signed version 1
/// only; the distribution ones in Markdown, signed), and a marketplace "Cloud Marketplace APAC" whose distribution
/// agreement (auto accept) the vendor has not joined.
void seedAgreementDocuments(SandboxContext &context, const QJsonObject &market);
/// requestsapi.cpp: requests of every type and status across test, preview and production for the
/// product, with assets, tier accounts and conversations.
void seedRequests(SandboxContext &context, const QString &productId, const QJsonObject &market);
/// subscriptionsapi.cpp: the billing of the seeded assets (their `billing` block, monthly vendor billing
/// requests for the cycles behind them) and tier account requests in every status.
void seedBilling(SandboxContext &context);
/// usageapi.cpp: a few usage files in several states.
void seedUsage(SandboxContext &context, const QString &productId, const QJsonObject &market);
/// integrationapi.cpp: API tokens and webhooks.
void seedIntegration(SandboxContext &context, const QString &productId);
/// helpdeskapi.cpp: support cases.
void seedHelpdesk(SandboxContext &context, const QString &productId);

} // namespace cv::sandbox
