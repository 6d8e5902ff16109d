#include "ui/shell/userfacingerrors.h"

namespace cv::ui {

using accounts::KeyStoreStatus;
using accounts::ValidationStatus;

QString UserFacingErrors::describe(const accounts::AddAccountResult &result)
{
    const auto &v = result.validation;
    switch (v.status) {
    case ValidationStatus::Ok: break;
    case ValidationStatus::InvalidEndpoint:
        return tr("“%1” is not a web address. Enter the API endpoint, for example "
                  "https://api.connect.cloudblue.com/public/v1.")
            .arg(v.detail);
    case ValidationStatus::Unreachable:
        return tr("Could not reach the endpoint: %1. Check the address and your connection.").arg(v.detail);
    case ValidationStatus::Unauthorized:
        return tr("Connect refused this API key (HTTP %1). Check that it is complete and not revoked.")
            .arg(v.httpStatus);
    case ValidationStatus::NotConnectApi:
        return tr("The endpoint answered, but not like the Connect API: %1. Check the address.").arg(v.detail);
    case ValidationStatus::ServerError: return tr("The endpoint failed to answer (%1). Try again later.").arg(v.detail);
    }
    return describe(result.keyStore);
}

QString UserFacingErrors::describe(const accounts::KeyStoreResult &result)
{
    switch (result.status) {
    case KeyStoreStatus::Ok: return {};
    case KeyStoreStatus::NotFound: return tr("No API key is stored for this account.");
    case KeyStoreStatus::Unavailable:
        return tr("No system keychain is available (%1), so the API key was not saved. Start or unlock your "
                  "desktop's keyring (e.g. GNOME Keyring or KWallet) and add the account again, or keep the key "
                  "in memory for this run when asked.")
            .arg(result.detail);
    case KeyStoreStatus::Denied:
        return tr("The system keychain refused access (for example, its password prompt was canceled), so the API key "
                  "was not saved. "
                  "Add the account again and unlock the keyring when your desktop asks, or keep the key in memory "
                  "for this run when asked.");
    case KeyStoreStatus::Failed: return tr("The system keychain reported an error: %1").arg(result.detail);
    }
    return {};
}

QString UserFacingErrors::describe(const core::EmbeddedServerResult &result)
{
    switch (result.status) {
    case core::EmbeddedServerResult::Status::Ok: return {};
    case core::EmbeddedServerResult::Status::ServerFailed:
        return tr("The sandbox could not start: %1").arg(result.detail);
    case core::EmbeddedServerResult::Status::KeychainFailed:
        return tr("The sandbox's key could not be read from the system keychain: %1").arg(result.detail);
    case core::EmbeddedServerResult::Status::AccountFailed: return describe(result.addResult);
    }
    return {};
}

} // namespace cv::ui
