#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cv::sandbox {

class SandboxContext;

/// Conversations are created by the platform for the objects that have one (requests, listing requests,
/// helpdesk cases; REFERENCE §3.25): API clients only read them and add messages. These helpers are the
/// one place that writes them, so every area stores the same shape: conversations in kind
/// "conversations" (no parent), messages in kind "messages" under their conversation id.
/// Creates the conversation of `instanceId` (e.g. CA-..., PR-...) with `topic` (e.g. "Case: CA-...").
/// `accounts` are the parties ({id, name}); empty means the sandbox's own account only.
QJsonObject createConversation(
    SandboxContext &context, const QString &instanceId, const QString &topic, const QJsonArray &accounts = {});

/// The conversation whose instance_id is `instanceId`, if it has one.
std::optional<QJsonObject> conversationOf(SandboxContext &context, const QString &instanceId);

/// Appends a message written by the acting user of the sandbox's account. `type`: message, state_change
/// or private. Touches the conversation's events.updated.
QJsonObject addMessage(SandboxContext &context, const QString &conversationId, const QString &text,
    const QString &type = QStringLiteral("message"));

} // namespace cv::sandbox
