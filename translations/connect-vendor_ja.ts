<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AgreementLabels</name>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>ディストリビューション</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>シンジケーション</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>登録中</translation>
    </message>
    <message>
        <source>Pending signature</source>
        <translation>署名待ち</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>要署名</translation>
    </message>
    <message>
        <source>New version to sign</source>
        <translation>新バージョンの署名待ち</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>署名済み</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>contract status</comment>
        <translation>有効</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Inquiring</source>
        <translation>情報要求中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>support case state: waiting for support</comment>
        <translation>保留中</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Detailed overview</source>
        <translation>詳細な説明</translation>
    </message>
    <message>
        <source>Service description</source>
        <translation>サービスの説明</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>Download links</source>
        <translation>ダウンロード リンク</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Action URL</source>
        <translation>アクション URL</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>請求期間</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>契約期間</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>制約</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>アクション ID</translation>
    </message>
</context>
<context>
    <name>IntegrationLabels</name>
    <message>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>期限間近</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>更新済み</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Fulfillment requests</source>
        <translation>フルフィルメント リクエスト</translation>
    </message>
    <message>
        <source>Tier configuration requests</source>
        <translation>ティア構成リクエスト</translation>
    </message>
    <message>
        <source>Tier account requests</source>
        <translation>ティア アカウント リクエスト</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>リスティング リクエスト</translation>
    </message>
    <message>
        <source>Billing requests</source>
        <translation>請求リクエスト</translation>
    </message>
    <message>
        <source>Usage files</source>
        <translation>使用量ファイル</translation>
    </message>
    <message>
        <source>Any change (event)</source>
        <translation>すべての変更 (イベント)</translation>
    </message>
    <message>
        <source>Draft validation</source>
        <translation>下書きの検証</translation>
    </message>
    <message>
        <source>Inquiring validation</source>
        <translation>情報要求の検証</translation>
    </message>
    <message>
        <source>Change validation</source>
        <translation>変更の検証</translation>
    </message>
    <message>
        <source>Change inquiring validation</source>
        <translation>変更時の情報要求の検証</translation>
    </message>
    <message>
        <source>Renewal validation</source>
        <translation>更新の検証</translation>
    </message>
    <message>
        <source>Renewal inquiring validation</source>
        <translation>更新時の情報要求の検証</translation>
    </message>
    <message>
        <source>Transfer validation</source>
        <translation>移管の検証</translation>
    </message>
    <message>
        <source>Transfer inquiring validation</source>
        <translation>移管時の情報要求の検証</translation>
    </message>
    <message>
        <source>Draft tier 1 configuration validation</source>
        <translation>ティア 1 構成の下書きの検証</translation>
    </message>
    <message>
        <source>Draft tier 2 configuration validation</source>
        <translation>ティア 2 構成の下書きの検証</translation>
    </message>
    <message>
        <source>Tier 1 setup inquiring validation</source>
        <translation>ティア 1 設定時の情報要求の検証</translation>
    </message>
    <message>
        <source>Tier 2 setup inquiring validation</source>
        <translation>ティア 2 設定時の情報要求の検証</translation>
    </message>
    <message>
        <source>Tier 1 update validation</source>
        <translation>ティア 1 更新の検証</translation>
    </message>
    <message>
        <source>Tier 2 update validation</source>
        <translation>ティア 2 更新の検証</translation>
    </message>
    <message>
        <source>Tier 1 update inquiring validation</source>
        <translation>ティア 1 更新時の情報要求の検証</translation>
    </message>
    <message>
        <source>Tier 2 update inquiring validation</source>
        <translation>ティア 2 更新時の情報要求の検証</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>同期待ち</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必須です。</translation>
    </message>
    <message>
        <source>Choose one of the list.</source>
        <translation>リストから選択してください。</translation>
    </message>
    <message>
        <source>Enter a full http:// or https:// address, e.g. https://hooks.example.com/connect.</source>
        <translation>http:// または https:// で始まる完全なアドレスを入力してください (例: https://hooks.example.com/connect)。</translation>
    </message>
    <message>
        <source>Line %1: write each header as &quot;Name: value&quot;.</source>
        <translation>%1 行目: 各ヘッダーは &quot;Name: value&quot; の形式で記述してください。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a header name (letters, digits and - only).</source>
        <translation>%1 行目: &quot;%2&quot; はヘッダー名ではありません (使用できるのは英字、数字、- のみです)。</translation>
    </message>
    <message>
        <source>Connect says: %1</source>
        <translation>Connect の応答: %1</translation>
    </message>
    <message>
        <source>Connect did not accept the API key (401). Check the key in the account settings.</source>
        <translation>Connect が API キーを受け付けませんでした (401)。アカウント設定でキーを確認してください。</translation>
    </message>
    <message>
        <source>Not allowed: the API key this app uses has no permission for this (Connect answered 403). Give the key&apos;s token this module&apos;s permission, or use another key. %1</source>
        <translation>許可されていません: このアプリが使用する API キーにはこの操作の権限がありません (Connect の応答: 403)。キーのトークンにこのモジュールの権限を付与するか、別のキーを使用してください。%1</translation>
    </message>
    <message>
        <source>Connect no longer has this object (404): it was deleted elsewhere. %1</source>
        <translation>このオブジェクトは Connect にもう存在しません (404)。別の場所で削除されました。%1</translation>
    </message>
    <message>
        <source>Conflict: someone changed this on Connect at the same time (409). %1</source>
        <translation>競合: 他のユーザーが同時に Connect 上でこれを変更しました (409)。%1</translation>
    </message>
    <message>
        <source>Connect refused this change (%1): %2 Change it and save again, or Dismiss to keep Connect&apos;s version.</source>
        <translation>Connect がこの変更を拒否しました (%1): %2 修正して再度保存するか、[破棄] を選択して Connect のバージョンを保持してください。</translation>
    </message>
    <message>
        <source>Connect refused this change: %1</source>
        <translation>Connect がこの変更を拒否しました: %1</translation>
    </message>
    <message>
        <source>Valid: the token is signed with this webhook&apos;s secret and the body matches it.</source>
        <translation>有効: トークンはこの Webhook のシークレットで署名されており、本文と一致しています。</translation>
    </message>
    <message>
        <source>Choose a webhook whose secret to check with (or paste the secret).</source>
        <translation>確認に使用するシークレットの Webhook を選択してください (またはシークレットを貼り付けてください)。</translation>
    </message>
    <message>
        <source>Refused: the delivery has no Authorization header.</source>
        <translation>拒否: 配信に Authorization ヘッダーがありません。</translation>
    </message>
    <message>
        <source>Refused: the Authorization header is not &quot;Bearer &lt;token&gt;&quot;.</source>
        <translation>拒否: Authorization ヘッダーが &quot;Bearer &lt;token&gt;&quot; の形式ではありません。</translation>
    </message>
    <message>
        <source>Refused: the Bearer token is not a JSON Web Token (%1).</source>
        <translation>拒否: Bearer トークンが JSON Web Token ではありません (%1)。</translation>
    </message>
    <message>
        <source>Refused: the token is signed with &quot;%1&quot;; Connect signs with HS256 only.</source>
        <translation>拒否: トークンは &quot;%1&quot; で署名されています。Connect は HS256 でのみ署名します。</translation>
    </message>
    <message>
        <source>Refused: the signature does not match. The token was changed on the way, or signed with another secret.</source>
        <translation>拒否: 署名が一致しません。トークンが途中で改ざんされたか、別のシークレットで署名されています。</translation>
    </message>
    <message>
        <source>Refused: the token expired at %1 (UTC).</source>
        <translation>拒否: トークンは %1 (UTC) に期限切れになりました。</translation>
    </message>
    <message>
        <source>Refused: the token is not valid before %1 (UTC).</source>
        <translation>拒否: トークンは %1 (UTC) より前は無効です。</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>status of a token or webhook</comment>
        <translation>有効</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>status of a token or webhook</comment>
        <translation>保留中</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>%n 文字以内で入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: the body is not a JSON object, so it cannot be checked against the signed token.</source>
        <translation>拒否されました: 本文が JSON オブジェクトではないため、署名済みトークンと照合できません。</translation>
    </message>
    <message>
        <source>Refused: the body does not match the signed token. These fields have other values than the signed ones: %1.</source>
        <extracomment>%1 lists the body&apos;s fields, e.g. &quot;id, status&quot;.</extracomment>
        <translation>拒否されました: 本文が署名済みトークンと一致しません。次のフィールドの値が署名された値と異なります: %1。</translation>
    </message>
</context>
<context>
    <name>ListingLabels</name>
    <message>
        <source>Listed</source>
        <translation>掲載中</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>未掲載</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>新規リスティング</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>デプロイ中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>許可されていません</translation>
    </message>
    <message>
        <source>The distribution contract is not active yet (%1).</source>
        <translation>ディストリビューション契約はまだ有効ではありません (%1)。</translation>
    </message>
    <message>
        <source>Already listed (%1).</source>
        <translation>掲載済みです (%1)。</translation>
    </message>
    <message>
        <source>A listing request is already open (%1).</source>
        <translation>リスティング リクエストはすでに開かれています (%1)。</translation>
    </message>
    <message>
        <source>%1 is not in this account&apos;s data.</source>
        <translation>%1 はこのアカウントのデータにありません。</translation>
    </message>
    <message>
        <source>Only published products can be listed (this one is %1).</source>
        <translation>リスティングできるのは公開済みの製品のみです (この製品は %1 です)。</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>変更を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>listing: a request to list the product waits for review</comment>
        <translation>保留中</translation>
    </message>
    <message>
        <source>No active distribution contract: enroll in the marketplace&apos;s distribution agreement under Agreements first.</source>
        <translation>有効なディストリビューション契約がありません。先にアグリーメントでマーケットプレイスのディストリビューションアグリーメントに登録してください。</translation>
    </message>
    <message>
        <source>Not possible while its state is “%1”.</source>
        <translation>状態が「%1」の間は実行できません。</translation>
    </message>
</context>
<context>
    <name>ModuleInfo</name>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>フルフィルメント</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>アグリーメント</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>リスティング</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用量</translation>
    </message>
    <message>
        <source>Help &amp; Support</source>
        <translation>ヘルプとサポート</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>インベントリ</translation>
    </message>
    <message>
        <source>Every module at a glance.</source>
        <translation>すべてのモジュールの概要です。</translation>
    </message>
    <message>
        <source>Process orders from resellers: purchases, changes, suspensions and cancellations.</source>
        <translation>リセラーからの注文 (購入、変更、一時停止、キャンセル) を処理します。</translation>
    </message>
    <message>
        <source>Your account details and the users who can access it.</source>
        <translation>アカウントの詳細と、アクセスできるユーザーです。</translation>
    </message>
    <message>
        <source>Tokens and webhooks to integrate Connect with your own systems.</source>
        <translation>Connect を自社システムと連携するためのトークンと Webhook です。</translation>
    </message>
    <message>
        <source>Program and distribution agreements with your providers.</source>
        <translation>プロバイダーとのプログラム アグリーメントとディストリビューション アグリーメントです。</translation>
    </message>
    <message>
        <source>List your products on marketplaces you have a distribution agreement with.</source>
        <translation>ディストリビューション アグリーメントを結んでいるマーケットプレイスに製品を掲載します。</translation>
    </message>
    <message>
        <source>Report pay-as-you-go consumption of your products.</source>
        <translation>製品の従量課金の使用量を報告します。</translation>
    </message>
    <message>
        <source>Knowledge base, release notes and support cases.</source>
        <translation>ナレッジ ベース、リリース ノート、サポート ケースです。</translation>
    </message>
    <message>
        <source>Define, preview and publish your products.</source>
        <translation>製品を定義、プレビュー、公開します。</translation>
    </message>
    <message>
        <source>Reports on orders, subscriptions, billing and usage, made from the synced data.</source>
        <translation>同期済みデータから作成する、注文・サブスクリプション・請求・使用量のレポート。</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Connect refused this value: %1</source>
        <translation>Connect がこの値を拒否しました: %1</translation>
    </message>
    <message>
        <source>Your API key has no permission for this change. Ask an administrator of the account to grant it, or use a key that has it. Your change is kept here.</source>
        <translation>お使いの API キーにはこの変更の権限がありません。アカウントの管理者に権限の付与を依頼するか、権限のあるキーを使用してください。変更はここに保持されています。</translation>
    </message>
    <message>
        <source>Connect said: %1</source>
        <translation>Connect の応答: %1</translation>
    </message>
    <message>
        <source>Changed on Connect too since your edit: open the conflicts in the status bar to choose which version to keep.</source>
        <translation>編集後に Connect でも変更されました。ステータス バーの競合を開いて、保持するバージョンを選択してください。</translation>
    </message>
    <message>
        <source>Connect cannot be reached: your change is saved on this computer and is sent on the next sync.</source>
        <translation>Connect に接続できません。変更はこのコンピューターに保存され、次回の同期で送信されます。</translation>
    </message>
    <message>
        <source>This no longer exists on Connect (someone may have removed it).</source>
        <translation>これは Connect にもう存在しません (他のユーザーが削除した可能性があります)。</translation>
    </message>
    <message>
        <source>Connect refused this change.</source>
        <translation>Connect がこの変更を拒否しました。</translation>
    </message>
    <message>
        <source>Connect refused this change: %1</source>
        <translation>Connect がこの変更を拒否しました: %1</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting for sync (Connect cannot be reached now, it is sent when the connection is back)</source>
        <translation>このコンピューターに保存されました。同期待ちです (現在 Connect に接続できないため、接続が回復したときに送信されます)</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>同期待ち</translation>
    </message>
    <message>
        <source>Waiting for sync (offline)</source>
        <translation>同期待ち (オフライン)</translation>
    </message>
    <message>
        <source>Waiting for sync: saved on this computer, sent with the next sync (F5 syncs now)</source>
        <translation>同期待ち: このコンピューターに保存済み。次回の同期で送信されます (F5 で今すぐ同期)</translation>
    </message>
</context>
<context>
    <name>ProductLabels</name>
    <message>
        <source>Reservation</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>従量課金</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>1 回限り</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月単位</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>年単位</translation>
    </message>
    <message>
        <source>Monthly trial</source>
        <translation>1 か月の試用</translation>
    </message>
    <message>
        <source>7-day trial</source>
        <translation>7 日間の試用</translation>
    </message>
    <message>
        <source>14-day trial</source>
        <translation>14 日間の試用</translation>
    </message>
    <message>
        <source>30-day trial</source>
        <translation>30 日間の試用</translation>
    </message>
    <message>
        <source>Integer (whole units)</source>
        <translation>整数 (整数単位)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>1 billing period</source>
        <translation>1 請求期間</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>Single line text</source>
        <translation>1 行テキスト</translation>
    </message>
    <message>
        <source>Drop-down list</source>
        <translation>ドロップダウン リスト</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>メール アドレス</translation>
    </message>
    <message>
        <source>Checkboxes</source>
        <translation>チェック ボックス</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>サブドメイン</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON オブジェクト</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Radio buttons (choice)</source>
        <translation>ラジオ ボタン (選択)</translation>
    </message>
    <message>
        <source>Heading (form section title)</source>
        <translation>見出し (フォーム セクションのタイトル)</translation>
    </message>
    <message>
        <source>Content (read-only text)</source>
        <translation>コンテンツ (読み取り専用テキスト)</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Asset (subscription)</source>
        <translation>アセット (サブスクリプション)</translation>
    </message>
    <message>
        <source>Tier 1 (reseller)</source>
        <translation>ティア 1 (リセラー)</translation>
    </message>
    <message>
        <source>Tier 2 (reseller)</source>
        <translation>ティア 2 (リセラー)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>アイテム</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>マーケットプレイス</translation>
    </message>
    <message>
        <source>Item and marketplace</source>
        <translation>アイテムとマーケットプレイス</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>アクティベーション</translation>
    </message>
    <message>
        <source>Inquire</source>
        <translation>情報要求</translation>
    </message>
    <message>
        <source>Tier setup</source>
        <translation>ティア設定</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <source>End of sale</source>
        <translation>販売終了</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>ユニット</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>メールボックス</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>ブール値</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>ボックス</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>呼び出し</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>クレジット</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>従業員</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>Kbit/s</source>
        <translation>Kbit/s</translation>
    </message>
    <message>
        <source>MB-hours (pay-as-you-go)</source>
        <translation>MB 時間 (従量課金)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <source>MHz-hours (pay-as-you-go)</source>
        <translation>MHz 時間 (従量課金)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Mobile devices</source>
        <translation>モバイル デバイス</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>ストア</translation>
    </message>
    <message>
        <source>Unit-hours (pay-as-you-go)</source>
        <translation>ユニット時間 (従量課金)</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Web サイト</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <extracomment>A billing period of several years; %n is the number of years (2 or more).</extracomment>
        <translation>
            <numerusform>%n 年ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>Decimal, 1 digit</source>
        <translation>小数、1 桁</translation>
    </message>
    <message numerus="yes">
        <source>Decimal, %n digits</source>
        <extracomment>%n is how many digits after the decimal point.</extracomment>
        <translation>
            <numerusform>小数、%n 桁</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billing periods</source>
        <translation>
            <numerusform>%n 請求期間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <comment>parameter phase: asked while the vendor fulfills the request</comment>
        <translation>フルフィルメント</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>template type: shown while a subscription request waits</comment>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>unit of measure</comment>
        <translation>アイテム</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Fulfillment requests</source>
        <translation>フルフィルメント リクエスト</translation>
    </message>
    <message>
        <source>Fulfillment requests: line items</source>
        <translation>フルフィルメント リクエスト: 明細</translation>
    </message>
    <message>
        <source>Requests failed with a vendor reason</source>
        <translation>ベンダー理由で失敗したリクエスト</translation>
    </message>
    <message>
        <source>Billing requests</source>
        <translation>請求リクエスト</translation>
    </message>
    <message>
        <source>Billing requests: line items</source>
        <translation>請求リクエスト: 明細</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>Tier configuration requests</source>
        <translation>ティア構成リクエスト</translation>
    </message>
    <message>
        <source>Tier configurations</source>
        <translation>ティア構成</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>リスティング リクエスト</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>リスティング</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Usage per subscription</source>
        <translation>サブスクリプション別の使用量</translation>
    </message>
    <message>
        <source>SLA of pending requests</source>
        <translation>保留中リクエストの SLA</translation>
    </message>
    <message>
        <source>Helpdesk cases</source>
        <translation>サポートケース</translation>
    </message>
    <message>
        <source>One row per request: customer and tiers, product, marketplace, connection, items and parameters.</source>
        <translation>リクエストごとに 1 行: 顧客とティア、製品、マーケットプレイス、接続、アイテム、パラメーター。</translation>
    </message>
    <message>
        <source>One row per item of each request, with its quantity and the previous one.</source>
        <translation>各リクエストのアイテムごとに 1 行 (数量と以前の数量を含む)。</translation>
    </message>
    <message>
        <source>Failed requests and the reason the vendor gave.</source>
        <translation>失敗したリクエストとベンダーが示した理由。</translation>
    </message>
    <message>
        <source>Vendor and provider billing requests with their period.</source>
        <translation>ベンダーおよびプロバイダーの請求リクエストとその期間。</translation>
    </message>
    <message>
        <source>One row per billed item and cycle.</source>
        <translation>請求されたアイテムとサイクルごとに 1 行。</translation>
    </message>
    <message>
        <source>Subscriptions (assets) with their customer, billing period and next billing date.</source>
        <translation>サブスクリプション (アセット) とその顧客、請求期間、次回請求日。</translation>
    </message>
    <message>
        <source>Tier configuration requests of resellers.</source>
        <translation>リセラーのティア構成リクエスト。</translation>
    </message>
    <message>
        <source>Tier configurations and their accounts.</source>
        <translation>ティア構成とそのアカウント。</translation>
    </message>
    <message>
        <source>Requests to list products in marketplaces.</source>
        <translation>マーケットプレイスに製品を掲載するリクエスト。</translation>
    </message>
    <message>
        <source>Where the products are listed.</source>
        <translation>製品の掲載先。</translation>
    </message>
    <message>
        <source>Customers and resellers (tier accounts) with their contacts.</source>
        <translation>顧客とリセラー (ティア アカウント) とその連絡先。</translation>
    </message>
    <message>
        <source>Program and distribution contracts.</source>
        <translation>プログラム契約とディストリビューション契約。</translation>
    </message>
    <message>
        <source>Usage records grouped by subscription.</source>
        <translation>サブスクリプション別にまとめた使用量レコード。</translation>
    </message>
    <message>
        <source>Open requests with the days they have waited: ok up to 2 days, warning up to 5, then overdue.</source>
        <translation>未完了のリクエストと待機日数: 2 日までは正常、5 日までは警告、それ以降は期限超過。</translation>
    </message>
    <message>
        <source>Support cases with their state and dates.</source>
        <translation>サポートケースとその状態および日付。</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Inquiring</source>
        <translation>情報要求中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Tiers setup</source>
        <translation>ティア設定</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>スケジュール済み</translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>取り消し中</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>購入</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>調整</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>移管</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>終了処理中</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>掲載中</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>掲載終了</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>レビュー中</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>デプロイ中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>リセラー</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>ディストリビューション</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>登録中</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技術</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>ビジネス</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <source>start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Tier account requests</source>
        <translation>ティア アカウント リクエスト</translation>
    </message>
    <message>
        <source>Changes of customer and reseller accounts sent to you to accept or ignore.</source>
        <translation>承諾または無視するために送信された、顧客およびリセラーのアカウントの変更。</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>承諾済み</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>サポート対象外</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>Tiers setup</source>
        <translation>ティア設定</translation>
    </message>
    <message>
        <source>Inquiring</source>
        <translation>情報要求中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>スケジュール済み</translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>取り消し中</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>マーケットプレイス</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>The request is no longer in the cache.</source>
        <translation>このリクエストはキャッシュにもうありません。</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>テンプレートを選択してください。</translation>
    </message>
    <message>
        <source>The template is not one of this product&apos;s templates for this action.</source>
        <translation>このテンプレートは、この操作に対応するこの製品のテンプレートではありません。</translation>
    </message>
    <message>
        <source>Give a reason for the customer.</source>
        <translation>顧客に伝える理由を入力してください。</translation>
    </message>
    <message>
        <source>Choose an inquire template or write a message on at least one parameter.</source>
        <translation>情報要求テンプレートを選択するか、少なくとも 1 つのパラメーターにメッセージを入力してください。</translation>
    </message>
    <message>
        <source>Your user is not known yet; sync first.</source>
        <translation>ユーザーがまだ認識されていません。先に同期してください。</translation>
    </message>
    <message>
        <source>The change could not be saved in the local cache: %1</source>
        <translation>ローカル キャッシュに変更を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Purchase</source>
        <comment>request type</comment>
        <translation>購入</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>request type: the customer changes a subscription</comment>
        <translation>変更</translation>
    </message>
    <message>
        <source>Suspend</source>
        <comment>request type: the customer suspends a subscription</comment>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>request type: the customer resumes a subscription</comment>
        <translation>再開</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>request type: the customer cancels a subscription</comment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Renew</source>
        <comment>request type: the subscription is renewed</comment>
        <translation>更新</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <comment>request type</comment>
        <translation>調整</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>request status: waiting for the vendor</comment>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>environment of a request (test, preview, production)</comment>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column: when the request was created</comment>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Not possible while the request&apos;s status is “%1”.</source>
        <extracomment>%1 is the request&apos;s status as shown in the Status column (&quot;Approved&quot;, &quot;Failed&quot;…).</extracomment>
        <translation>リクエストのステータスが「%1」の間は実行できません。</translation>
    </message>
    <message>
        <source>Fill in the required parameters first: %1.</source>
        <translation>先に必須パラメーターを入力してください: %1。</translation>
    </message>
</context>
<context>
    <name>UsageLabels</name>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>アップロード中</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>アップロード済み</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Pending acceptance</source>
        <translation>承諾待ち</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>承諾済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>アップロード…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>承諾…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>却下…</translation>
    </message>
    <message>
        <source>Close file</source>
        <translation>ファイルをクローズ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos;, row %2: %3</source>
        <translation>シート &apos;%1&apos;、行 %2: %3</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos;, row %2, column %3 (%4): %5</source>
        <translation>シート &apos;%1&apos;、行 %2、列 %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>UserFacingErrors</name>
    <message>
        <source>“%1” is not a web address. Enter the API endpoint, for example https://api.connect.cloudblue.com/public/v1.</source>
        <translation>「%1」は Web アドレスではありません。API エンドポイントを入力してください (例: https://api.connect.cloudblue.com/public/v1)。</translation>
    </message>
    <message>
        <source>Could not reach the endpoint: %1. Check the address and your connection.</source>
        <translation>エンドポイントに接続できませんでした: %1。アドレスと接続を確認してください。</translation>
    </message>
    <message>
        <source>Connect refused this API key (HTTP %1). Check that it is complete and not revoked.</source>
        <translation>Connect がこの API キーを拒否しました (HTTP %1)。キーが完全で、取り消されていないことを確認してください。</translation>
    </message>
    <message>
        <source>The endpoint answered, but not like the Connect API: %1. Check the address.</source>
        <translation>エンドポイントは応答しましたが、Connect API の応答ではありません: %1。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The endpoint failed to answer (%1). Try again later.</source>
        <translation>エンドポイントが応答しませんでした (%1)。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>No API key is stored for this account.</source>
        <translation>このアカウントには API キーが保存されていません。</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>システムのキーチェーンでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>サンドボックスを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s key could not be read from the system keychain: %1</source>
        <translation>システムのキーチェーンからサンドボックスのキーを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the API key was not saved. Start or unlock your desktop&apos;s keyring (e.g. GNOME Keyring or KWallet) and add the account again, or keep the key in memory for this run when asked.</source>
        <translation>システムのキーチェーンを使用できないため (%1)、API キーは保存されませんでした。デスクトップのキーリング (GNOME Keyring や KWallet など) を起動またはロック解除してアカウントを再度追加するか、確認されたときにこの実行中のみキーをメモリに保持してください。</translation>
    </message>
    <message>
        <source>The system keychain refused access (for example, its password prompt was canceled), so the API key was not saved. Add the account again and unlock the keyring when your desktop asks, or keep the key in memory for this run when asked.</source>
        <translation>システムのキーチェーンがアクセスを拒否したため (パスワードの確認がキャンセルされた場合など)、API キーは保存されませんでした。アカウントをもう一度追加し、デスクトップから求められたらキーリングのロックを解除するか、確認されたときにこの実行中だけキーをメモリに保持してください。</translation>
    </message>
</context>
<context>
    <name>cv::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>A desktop client for CloudBlue Connect vendors: products, fulfilment, agreements, listings, usage and reports, online or offline.</source>
        <translation>CloudBlue Connect ベンダー向けデスクトップクライアント: 製品、フルフィルメント、アグリーメント、リスティング、使用量、レポートをオンラインでもオフラインでも。</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>使用技術:</translation>
    </message>
    <message>
        <source>Libraries, versions and licences</source>
        <translation>ライブラリ、バージョン、ライセンス</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(未報告)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>診断情報をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Versions, system and account ids for a bug report; no keys or secrets</source>
        <translation>バグ報告用のバージョン、システム、アカウント ID (キーやシークレットは含みません)</translation>
    </message>
    <message>
        <source>Copied to the clipboard: paste it into a support case or a bug report.</source>
        <translation>クリップボードにコピーしました。サポートケースまたはバグ報告に貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>cv::ui::AccountNavigator</name>
    <message>
        <source>No account</source>
        <translation>アカウントなし</translation>
    </message>
    <message>
        <source>Account navigator: switch accounts or sign out</source>
        <translation>アカウント ナビゲーター: アカウントの切り替えまたはサインアウト</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>アカウントの切り替え</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>アカウントを追加…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>%1
Vendor account %2</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID (VA-…).</extracomment>
        <translation>%1
ベンダーアカウント %2</translation>
    </message>
    <message>
        <source>%1
Provider account %2</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID (PA-…).</extracomment>
        <translation>%1
プロバイダーアカウント %2</translation>
    </message>
    <message>
        <source>%1
Account %2 (%3)</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID, %3 its type as Connect names it.</extracomment>
        <translation>%1
アカウント %2 (%3)</translation>
    </message>
    <message>
        <source>About Connect Vendor Desktop</source>
        <translation>Connect Vendor Desktop について</translation>
    </message>
</context>
<context>
    <name>cv::ui::AccountPage</name>
    <message>
        <source>Account details</source>
        <translation>アカウントの詳細</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>アカウント ID:</translation>
    </message>
    <message>
        <source>Brand ID:</source>
        <translation>ブランド ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation>名前を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Saved on this computer at once and sent to Connect on the next sync.</source>
        <translation>このコンピューターにすぐに保存され、次回の同期で Connect に送信されます。</translation>
    </message>
    <message>
        <source>Once the cause is fixed (e.g. the permission granted), send the change with the next sync.</source>
        <translation>原因が解決したら (権限が付与された場合など)、次回の同期で変更を送信します。</translation>
    </message>
    <message>
        <source>&amp;Discard my change</source>
        <translation>変更を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Show the name Connect has again and forget the change.</source>
        <translation>Connect にある名前を再表示し、変更を破棄します。</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>ユーザーを追加(&amp;A)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>招待済み</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ブロック済み</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最終アクティビティ</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>(named on registration)</source>
        <translation>(登録時に設定)</translation>
    </message>
    <message>
        <source>(after the first sync)</source>
        <translation>(初回同期後)</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>Distributor (provider)</source>
        <translation>ディストリビューター (プロバイダー)</translation>
    </message>
    <message>
        <source>The account was closed; open it again to add the user.</source>
        <translation>アカウントは閉じられました。ユーザーを追加するには再度開いてください。</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>ユーザーの削除</translation>
    </message>
    <message>
        <source>Cancel the invitation of %1? It has not reached Connect, so nothing is sent.</source>
        <translation>%1 への招待をキャンセルしますか? まだ Connect に送信されていないため、何も送信されません。</translation>
    </message>
    <message>
        <source>Remove %1 from the account? They lose access to it once the change is synced.</source>
        <translation>%1 をアカウントから削除しますか? 変更が同期されると、アクセスできなくなります。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>再送信(&amp;G)</translation>
    </message>
    <message>
        <source>Search users by name, email or role (Ctrl+F)</source>
        <translation>名前、メール、ロールでユーザーを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Re&amp;move user</source>
        <translation>ユーザーを削除(&amp;M)</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>user status</comment>
        <translation>有効</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>ユーザーを検索</translation>
    </message>
    <message>
        <source>Matches the user&apos;s name, email or role</source>
        <translation>ユーザーの名前、メール、ロールに一致します</translation>
    </message>
    <message>
        <source>User status filter</source>
        <translation>ユーザー ステータスのフィルター</translation>
    </message>
</context>
<context>
    <name>cv::ui::ActionDialog</name>
    <message>
        <source>Edit Action</source>
        <translation>アクションの編集</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>アクションの追加</translation>
    </message>
    <message>
        <source>e.g. sso_login</source>
        <translation>例: sso_login</translation>
    </message>
    <message>
        <source>Button text, e.g. Open admin panel</source>
        <translation>ボタンのテキスト (例: 管理パネルを開く)</translation>
    </message>
    <message>
        <source>Action &amp;ID:</source>
        <translation>アクション ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>スコープ(&amp;S):</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>アクションの削除</translation>
    </message>
    <message>
        <source>%1: This field is required.</source>
        <translation>%1: このフィールドは必須です。</translation>
    </message>
</context>
<context>
    <name>cv::ui::ActionsTab</name>
    <message>
        <source>&amp;Add Action</source>
        <translation>アクションを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>アクション ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>https://your-service.example.com/sso</source>
        <translation>https://your-service.example.com/sso</translation>
    </message>
    <message>
        <source>Actions are buttons customers see on their subscription; a click opens your target URL with a signed JWT.</source>
        <translation>アクションは、顧客がサブスクリプションで目にするボタンです。クリックすると、署名付き JWT とともにターゲット URL が開きます。</translation>
    </message>
    <message>
        <source>Action link</source>
        <translation>アクション リンク</translation>
    </message>
    <message>
        <source>Target &amp;URL:</source>
        <translation>ターゲット URL(&amp;U):</translation>
    </message>
    <message>
        <source>JWT secret:</source>
        <translation>JWT シークレット:</translation>
    </message>
    <message>
        <source>The secret is only shown while it is known from the server; it is never stored on this computer.</source>
        <translation>シークレットは、サーバーから取得されている間のみ表示されます。このコンピューターに保存されることはありません。</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>シークレットをクリップボードにコピー</translation>
    </message>
    <message>
        <source>A new secret was requested. It appears after the next sync from the server; update your service with it then.</source>
        <translation>新しいシークレットを要求しました。サーバーとの次回の同期後に表示されます。その時点でサービスを更新してください。</translation>
    </message>
    <message>
        <source>Change the action URL</source>
        <translation>アクション URL の変更</translation>
    </message>
    <message>
        <source>Add action %1</source>
        <translation>アクション %1 の追加</translation>
    </message>
    <message>
        <source>Edit action %1</source>
        <translation>アクション %1 の編集</translation>
    </message>
    <message>
        <source>Delete action %1</source>
        <translation>アクション %1 の削除</translation>
    </message>
    <message>
        <source>Read from Connect; kept in memory only, never stored on this computer.</source>
        <translation>Connect から読み取りました。メモリにのみ保持され、このコンピューターに保存されることはありません。</translation>
    </message>
    <message>
        <source>Action “%1” deleted.</source>
        <translation>アクション「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Copy works once the secret has been read from Connect: when the app is online and the product is on Connect. It is kept in memory only, never stored on this computer.</source>
        <translation>シークレットが Connect から読み込まれるとコピーできます (アプリがオンラインで、製品が Connect 上にあるとき)。メモリ内にのみ保持され、このコンピューターには保存されません。</translation>
    </message>
</context>
<context>
    <name>cv::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>ユーザーの追加</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <source>Admin (the one role Connect offers vendor accounts today)</source>
        <translation>管理者 (現在 Connect がベンダー アカウントに提供している唯一のロール)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>ロール:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>招待(&amp;I)</translation>
    </message>
    <message>
        <source>Connect emails an invitation to this address. The new user enters their name when registering and gets access to the account&apos;s products, fulfillment queue and settings.</source>
        <translation>Connect からこのアドレスに招待メールが送信されます。新しいユーザーは登録時に名前を入力し、アカウントの製品、フルフィルメントキュー、設定にアクセスできるようになります。</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
</context>
<context>
    <name>cv::ui::AgreementDetailPage</name>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Version %1 on %2 by %3</source>
        <translation>バージョン %1 (%2、%3)</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>不明なユーザー</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未署名</translation>
    </message>
    <message>
        <source>Sign version %1…</source>
        <translation>バージョン %1 に署名…</translation>
    </message>
    <message>
        <source>The provider published version %1; you signed version %2. Read the changes under Versions, then sign.</source>
        <translation>プロバイダーがバージョン %1 を公開しました。署名済みのバージョンは %2 です。[バージョン] で変更内容を確認してから署名してください。</translation>
    </message>
    <message>
        <source>Version %1 published</source>
        <translation>バージョン %1 公開</translation>
    </message>
    <message>
        <source>Contract created</source>
        <translation>契約作成</translation>
    </message>
    <message>
        <source>Signed (contract on version %1)</source>
        <translation>署名済み (バージョン %1 の契約)</translation>
    </message>
    <message>
        <source>Countersigned by the provider</source>
        <translation>プロバイダーによる副署</translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation>契約終了</translation>
    </message>
    <message>
        <source>Signed from this app</source>
        <translation>このアプリから署名</translation>
    </message>
    <message>
        <source>Enrolled from this app</source>
        <translation>このアプリから登録</translation>
    </message>
    <message>
        <source>on Connect</source>
        <translation>Connect 上</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>送信日時 %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>拒否: %1</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>同期待ち</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>バージョンを読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation>ドキュメントを読み込んでいます…</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>バージョンを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>signed by you</source>
        <translation>自分が署名済み</translation>
    </message>
    <message>
        <source>version %1 is not known</source>
        <translation>バージョン %1 は不明です</translation>
    </message>
    <message>
        <source>This agreement has no document.</source>
        <translation>このアグリーメントにはドキュメントがありません。</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1、バージョン %2</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>異なる 2 つのバージョンを選択してください。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>比較しています…</translation>
    </message>
    <message>
        <source>The documents could not be downloaded: %1</source>
        <translation>ドキュメントをダウンロードできませんでした: %1</translation>
    </message>
    <message>
        <source>These documents have no text to compare (open them to read them).</source>
        <translation>これらのドキュメントには比較できるテキストがありません (開いて内容を確認してください)。</translation>
    </message>
    <message>
        <source>The texts of versions %1 and %2 are the same.</source>
        <translation>バージョン %1 と %2 のテキストは同じです。</translation>
    </message>
    <message>
        <source>Sign version %1 of &quot;%2&quot; on behalf of %3? This accepts the agreement&apos;s terms.</source>
        <translation>%3 を代表して「%2」のバージョン %1 に署名しますか? これによりアグリーメントの条件に同意したことになります。</translation>
    </message>
    <message>
        <source>Sign agreement</source>
        <translation>アグリーメントへの署名</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>← All agreements</source>
        <translation>← すべてのアグリーメント</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Active version:</source>
        <translation>有効なバージョン:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>署名:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>契約:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Sent to Connect</source>
        <translation>Connect に送信済み</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>変更を表示</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <extracomment>One part of the agreement&apos;s subtitle (parts are separated by &quot; · &quot;); %1 is the provider&apos;s name.</extracomment>
        <translation>プロバイダー: %1</translation>
    </message>
    <message>
        <source>Marketplace: %1</source>
        <extracomment>One part of the agreement&apos;s subtitle (parts are separated by &quot; · &quot;); %1 is the marketplace&apos;s name.</extracomment>
        <translation>マーケットプレイス: %1</translation>
    </message>
    <message>
        <source>Your enrollment is waiting for the provider&apos;s approval.</source>
        <translation>登録はプロバイダーの承認待ちです。</translation>
    </message>
    <message>
        <source>Enroll to list products on %1.</source>
        <translation>%1 に製品を掲載するには登録してください。</translation>
    </message>
    <message>
        <source>Enrollment completed</source>
        <translation>登録完了</translation>
    </message>
    <message>
        <source>Action from this app: %1</source>
        <extracomment>%1 is the action&apos;s name as Connect&apos;s API writes it (or the error Connect gave for it).</extracomment>
        <translation>このアプリからの操作: %1</translation>
    </message>
    <message>
        <source>Enroll in agreement</source>
        <translation>アグリーメントに登録</translation>
    </message>
    <message>
        <source>Enroll in this agreement…</source>
        <translation>このアグリーメントに登録…</translation>
    </message>
    <message>
        <source>Signing and enrolling need a connection to Connect, which records them.</source>
        <translation>署名と登録には Connect への接続が必要です。Connect がそれらを記録します。</translation>
    </message>
    <message>
        <source>A signature saved by an earlier version of this app is sent to Connect with the next sync. It takes effect once Connect confirms it.</source>
        <translation>このアプリの以前のバージョンで保存された署名は、次回の同期で Connect に送信されます。Connect が確認すると有効になります。</translation>
    </message>
    <message>
        <source>Connect cannot be reached. The versions and the document are kept on this computer once this page has been opened online; this agreement&apos;s have not been read yet.</source>
        <translation>Connect に接続できません。バージョンとドキュメントは、このページを一度オンラインで開くとこのコンピューターに保存されますが、このアグリーメントのものはまだ読み込まれていません。</translation>
    </message>
    <message>
        <source>Connect cannot be reached: versions and documents as of %1, as kept on this computer.</source>
        <extracomment>%1 is the date and time the versions were read from Connect.</extracomment>
        <translation>Connect に接続できません: このコンピューターに保存されている %1 時点のバージョンとドキュメントです。</translation>
    </message>
    <message>
        <source>The versions could not be read (%1): shown as of %2, as kept on this computer.</source>
        <translation>バージョンを読み込めませんでした (%1): このコンピューターに保存されている %2 時点の内容を表示しています。</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2: &lt;span class=&quot;removed&quot;&gt;removed&lt;/span&gt;, &lt;span class=&quot;added&quot;&gt;added&lt;/span&gt;.</source>
        <translation>バージョン %1 からバージョン %2 への変更: &lt;span class=&quot;removed&quot;&gt;削除&lt;/span&gt;、&lt;span class=&quot;added&quot;&gt;追加&lt;/span&gt;。</translation>
    </message>
    <message>
        <source>Connect records your signature as soon as you click Sign, so this needs a connection to Connect.</source>
        <translation>[署名] をクリックするとすぐに Connect が署名を記録するため、Connect への接続が必要です。</translation>
    </message>
    <message>
        <source>Enroll in &quot;%1&quot; to list products on %2. Connect records your enrollment as soon as you click OK. A note for the provider (optional):</source>
        <translation>%2 に製品を掲載するには「%1」に登録してください。[OK] をクリックするとすぐに Connect が登録を記録します。プロバイダーへのメモ (任意):</translation>
    </message>
    <message>
        <source>Signing needs a connection to Connect: a signature is a legal act that Connect records when you sign, so it is not saved on this computer to be sent later. Connect cannot be reached now. Check your connection, then click &quot;%1&quot; again.</source>
        <extracomment>%1 is the label of the Sign or Enroll button.</extracomment>
        <translation>署名には Connect への接続が必要です。署名は署名時に Connect が記録する法的行為であるため、後で送信するためにこのコンピューターに保存されることはありません。現在 Connect に接続できません。接続を確認してから、もう一度「%1」をクリックしてください。</translation>
    </message>
    <message>
        <source>Enrolling needs a connection to Connect: an enrollment is a contractual act that Connect records when you enroll, so it is not saved on this computer to be sent later. Connect cannot be reached now. Check your connection, then click &quot;%1&quot; again.</source>
        <translation>登録には Connect への接続が必要です。登録は登録時に Connect が記録する契約上の行為であるため、後で送信するためにこのコンピューターに保存されることはありません。現在 Connect に接続できません。接続を確認してから、もう一度「%1」をクリックしてください。</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>署名しています…</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>登録しています…</translation>
    </message>
    <message>
        <source>Sending your signature to Connect…</source>
        <translation>署名を Connect に送信しています…</translation>
    </message>
    <message>
        <source>Sending your enrollment to Connect…</source>
        <translation>登録を Connect に送信しています…</translation>
    </message>
    <message>
        <source>Connect recorded your signature on %1.</source>
        <extracomment>%1 is the date and time Connect recorded the signature.</extracomment>
        <translation>Connect は %1 に署名を記録しました。</translation>
    </message>
    <message>
        <source>Connect recorded your enrollment on %1.</source>
        <translation>Connect は %1 に登録を記録しました。</translation>
    </message>
    <message>
        <source>The connection to Connect broke while your signature was being sent, so it is not known whether Connect recorded it. Nothing is saved to be sent later: the next sync shows whether it did. If it did not, sign again once Connect can be reached.</source>
        <translation>署名の送信中に Connect との接続が切断されたため、Connect が記録したかどうかは不明です。後で送信するために保存されたものはありません。記録されたかどうかは次回の同期でわかります。記録されていない場合は、Connect に接続できるようになってから再度署名してください。</translation>
    </message>
    <message>
        <source>The connection to Connect broke while your enrollment was being sent, so it is not known whether Connect recorded it. Nothing is saved to be sent later: the next sync shows whether it did. If it did not, enroll again once Connect can be reached.</source>
        <translation>登録の送信中に Connect との接続が切断されたため、Connect が記録したかどうかは不明です。後で送信するために保存されたものはありません。記録されたかどうかは次回の同期でわかります。記録されていない場合は、Connect に接続できるようになってから再度登録してください。</translation>
    </message>
    <message>
        <source>Connect refused the signature: %1</source>
        <extracomment>%1 is Connect&apos;s reason in plain words.</extracomment>
        <translation>Connect が署名を拒否しました: %1</translation>
    </message>
    <message>
        <source>Connect refused the enrollment: %1</source>
        <translation>Connect が登録を拒否しました: %1</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Double-click a version to read its document.</source>
        <translation>バージョンをダブルクリックすると、そのドキュメントを表示します。</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>比較元のバージョン</translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation>比較先のバージョン</translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>バージョン間の変更</translation>
    </message>
</context>
<context>
    <name>cv::ui::AgreementsPage</name>
    <message>
        <source>Open an account to see its agreements.</source>
        <translation>アグリーメントを表示するにはアカウントを開いてください。</translation>
    </message>
    <message>
        <source>No agreement matches the search and filters.</source>
        <translation>検索条件とフィルターに一致するアグリーメントはありません。</translation>
    </message>
    <message>
        <source>No agreements yet. They appear here after a sync once a provider invites the account.</source>
        <translation>アグリーメントはまだありません。プロバイダーがアカウントを招待すると、同期後にここに表示されます。</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>アグリーメント</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Active version</source>
        <translation>有効なバージョン</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>署名日</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>アグリーメント</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>マーケットプレイス</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Search agreements by name or ID</source>
        <translation>名前または ID でアグリーメントを検索</translation>
    </message>
    <message>
        <source>Search contracts by name or ID</source>
        <translation>名前または ID で契約を検索</translation>
    </message>
    <message>
        <source>Search agreements</source>
        <translation>アグリーメントを検索</translation>
    </message>
    <message>
        <source>Matches the agreement&apos;s name or ID</source>
        <translation>アグリーメントの名前または ID に一致します</translation>
    </message>
    <message>
        <source>Search contracts</source>
        <translation>契約を検索</translation>
    </message>
    <message>
        <source>Matches the contract&apos;s name or ID</source>
        <translation>契約の名前または ID に一致します</translation>
    </message>
    <message>
        <source>Agreement type filter</source>
        <translation>アグリーメントの種類のフィルター</translation>
    </message>
    <message>
        <source>Agreement status filter</source>
        <translation>アグリーメント ステータスのフィルター</translation>
    </message>
    <message>
        <source>Contract type filter</source>
        <translation>契約の種類のフィルター</translation>
    </message>
    <message>
        <source>Contract status filter</source>
        <translation>契約ステータスのフィルター</translation>
    </message>
</context>
<context>
    <name>cv::ui::ApiPage</name>
    <message>
        <source>No account is open.</source>
        <translation>アカウントが開かれていません。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Verify a delivery</source>
        <translation>配信の検証</translation>
    </message>
    <message>
        <source>API address of this account</source>
        <translation>このアカウントの API アドレス</translation>
    </message>
    <message>
        <source>How to authenticate</source>
        <translation>認証方法</translation>
    </message>
    <message>
        <source>Every call carries the header &quot;Authorization: ApiKey &lt;token&gt;&quot;, where the token is the one shown once when you generate it on the Tokens page (it starts with its id, SU-…). Give each script its own token so that each can be turned off alone. Connect answers 401 to a wrong or inactive token and 403 when the token lacks the module&apos;s permission.</source>
        <translation>すべての呼び出しには &quot;Authorization: ApiKey &lt;token&gt;&quot; ヘッダーを付けます。token は [トークン] ページで生成したときに一度だけ表示されるトークンです (先頭はその ID、SU-… です)。スクリプトごとに個別のトークンを発行すると、それぞれを個別に無効にできます。Connect は、誤ったトークンまたは無効なトークンには 401 を、トークンにモジュールの権限がない場合は 403 を返します。</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Connect API documentation&lt;/a&gt; (opens in your browser)</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Connect API ドキュメント&lt;/a&gt; (ブラウザーで開きます)</translation>
    </message>
    <message>
        <source>Try it: list your products</source>
        <translation>試してみる: 製品の一覧</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>コマンドをコピー</translation>
    </message>
    <message>
        <source>API sections</source>
        <translation>API セクション</translation>
    </message>
</context>
<context>
    <name>cv::ui::ApproveDialog</name>
    <message numerus="yes">
        <source>Approve %Ln requests</source>
        <translation>
            <numerusform>%Ln 件のリクエストを承認</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>リクエストの承認</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %Ln</source>
        <translation>
            <numerusform>%Ln 件を承認(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>Activation &amp;template:</source>
        <translation>アクティベーション テンプレート(&amp;T):</translation>
    </message>
    <message>
        <source>The template (values are filled in for each request):</source>
        <translation>テンプレート (値はリクエストごとに入力されます):</translation>
    </message>
    <message>
        <source>What the customer will receive:</source>
        <translation>顧客が受け取る内容:</translation>
    </message>
    <message>
        <source>This product has no activation template in the local cache. Create one in Inventory, then sync.</source>
        <translation>この製品のアクティベーション テンプレートがローカル キャッシュにありません。インベントリで作成してから同期してください。</translation>
    </message>
    <message>
        <source>The request is approved in the local cache at once and on Connect at the next sync.</source>
        <translation>リクエストはローカル キャッシュですぐに承認され、次回の同期で Connect 上でも承認されます。</translation>
    </message>
</context>
<context>
    <name>cv::ui::BulkResultDialog</name>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln done; the changes reach Connect at the next sync.</source>
        <extracomment>%1 is how many of the %n selected requests were done.</extracomment>
        <translation>
            <numerusform>%Ln 件中 %1 件完了しました。変更は次回の同期で Connect に反映されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::CapabilitiesPage</name>
    <message>
        <source>Subscription lifecycle</source>
        <translation>サブスクリプションのライフサイクル</translation>
    </message>
    <message>
        <source>Suspend and resume</source>
        <translation>一時停止と再開</translation>
    </message>
    <message>
        <source>Administrative hold</source>
        <translation>管理上の保留</translation>
    </message>
    <message>
        <source>Providers may put a subscription on hold for administrative reasons.</source>
        <translation>プロバイダーは管理上の理由でサブスクリプションを保留にできます。</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>従量課金</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>QT: quantity (usage is reported as amounts)</source>
        <translation>QT: 数量 (使用量を数量で報告)</translation>
    </message>
    <message>
        <source>TR: tiered rates</source>
        <translation>TR: 段階料金</translation>
    </message>
    <message>
        <source>PR: provider rating</source>
        <translation>PR: プロバイダーによる評価</translation>
    </message>
    <message>
        <source>CR: cost rating (usage is reported as costs)</source>
        <translation>CR: コストによる評価 (使用量をコストで報告)</translation>
    </message>
    <message>
        <source>Dynamic items (created from usage reports)</source>
        <translation>動的アイテム (使用量レポートから作成)</translation>
    </message>
    <message>
        <source>Future charges</source>
        <translation>将来の請求</translation>
    </message>
    <message>
        <source>Late charges</source>
        <translation>遅延請求</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>スキーマ:</translation>
    </message>
    <message>
        <source>Reporting and validation</source>
        <translation>レポートと検証</translation>
    </message>
    <message>
        <source>Consumption reporting for reservation items</source>
        <translation>予約アイテムの使用量レポート</translation>
    </message>
    <message>
        <source>Dynamic validation of draft requests (your service checks orders before they are placed)</source>
        <translation>下書きリクエストの動的検証 (注文確定前にサービスが注文を確認)</translation>
    </message>
    <message>
        <source>Dynamic validation of the inquiring form</source>
        <translation>情報要求フォームの動的検証</translation>
    </message>
    <message>
        <source>Resellers (tiers)</source>
        <translation>リセラー (ティア)</translation>
    </message>
    <message>
        <source>Level 1 (tier 1 reseller)</source>
        <translation>レベル 1 (ティア 1 リセラー)</translation>
    </message>
    <message>
        <source>Level 2 (tier 1 and tier 2 resellers)</source>
        <translation>レベル 2 (ティア 1 およびティア 2 リセラー)</translation>
    </message>
    <message>
        <source>Tier accounts sync</source>
        <translation>ティア アカウントの同期</translation>
    </message>
    <message>
        <source>Reseller authorization level:</source>
        <translation>リセラーの承認レベル:</translation>
    </message>
    <message>
        <source>Choose a pay-as-you-go schema first.</source>
        <translation>先に従量課金のスキーマを選択してください。</translation>
    </message>
    <message>
        <source>Change capabilities</source>
        <translation>機能の変更</translation>
    </message>
    <message>
        <source>Subscriptions can be suspended (e.g. for non-payment) and resumed later without being canceled; your service receives suspend and resume requests.</source>
        <translation>サブスクリプションは (未払いなどの理由で) 一時停止し、キャンセルせずに後で再開できます。サービスには一時停止と再開のリクエストが届きます。</translation>
    </message>
</context>
<context>
    <name>cv::ui::CasePage</name>
    <message>
        <source>Attach a file to the case</source>
        <translation>ケースにファイルを添付</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>Write a reply to the case (sent on the next sync)</source>
        <translation>ケースへの返信を入力 (次回の同期で送信されます)</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>返信を送信(&amp;R)</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>再送信(&amp;A)</translation>
    </message>
    <message>
        <source>Once the cause is fixed, send the refused change with the next sync.</source>
        <translation>原因が解決したら、拒否された変更を次回の同期で送信します。</translation>
    </message>
    <message>
        <source>&amp;Discard the refused change</source>
        <translation>拒否された変更を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Forget the change Connect refused; a case opened here goes with its replies and files.</source>
        <translation>Connect が拒否した変更を破棄します。ここで作成したケースは返信とファイルとともに削除されます。</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>情報を要求</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>保留中に戻す</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>解決済みにする</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>ケースをクローズ</translation>
    </message>
    <message>
        <source>Case %1 is not in the offline data.</source>
        <translation>ケース %1 はオフライン データにありません。</translation>
    </message>
    <message>
        <source>(given by Connect after sync)</source>
        <translation>(同期後に Connect が割り当て)</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>添付ファイル: %1</translation>
    </message>
    <message>
        <source>Attachments waiting for sync: %1</source>
        <translation>同期待ちの添付ファイル: %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>同期待ち</translation>
    </message>
    <message>
        <source>No replies yet. Replies from the support team appear here after a sync.</source>
        <translation>返信はまだありません。サポート チームからの返信は同期後にここに表示されます。</translation>
    </message>
    <message>
        <source>← All cases</source>
        <translation>← すべてのケース</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>ファイルを添付(&amp;F)…</translation>
    </message>
    <message>
        <source>Case ID: %1 · State: %2 · Priority: %3</source>
        <extracomment>%1 is the case&apos;s ID, %2 its state (&quot;Pending&quot;…), %3 its priority (&quot;High&quot;…).</extracomment>
        <translation>ケース ID: %1 · 状態: %2 · 優先度: %3</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>Sent to the case on the next sync</source>
        <translation>次回の同期でケースに送信されます</translation>
    </message>
</context>
<context>
    <name>cv::ui::CcpPreview</name>
    <message>
        <source>Customer control panel preview</source>
        <translation>顧客コントロール パネルのプレビュー</translation>
    </message>
    <message>
        <source>This is what the customer sees after signing in to the customer control panel.</source>
        <translation>顧客が顧客コントロール パネルにサインインした後に表示される画面です。</translation>
    </message>
    <message>
        <source>The customer control panel needs a connection to Connect.</source>
        <translation>顧客コントロール パネルには Connect への接続が必要です。</translation>
    </message>
    <message>
        <source>The customer control panel of %1 could not be loaded: %2</source>
        <translation>%1 の顧客コントロール パネルを読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Asset %1 as the customer sees it. Links open in your browser.</source>
        <translation>顧客から見たアセット %1 です。リンクはブラウザーで開きます。</translation>
    </message>
    <message>
        <source>Show the panel in one of the product&apos;s languages</source>
        <translation>製品の言語のいずれかでパネルを表示</translation>
    </message>
    <message>
        <source>English (source)</source>
        <translation>英語 (原文)</translation>
    </message>
    <message>
        <source>Loading the customer control panel of %1…</source>
        <translation>%1 の顧客コントロールパネルを読み込み中…</translation>
    </message>
</context>
<context>
    <name>cv::ui::ChoicesEditor</name>
    <message>
        <source>Add choice</source>
        <translation>選択肢を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Label (shown)</source>
        <translation>ラベル (表示)</translation>
    </message>
    <message>
        <source>Value (sent)</source>
        <translation>値 (送信)</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>オプション %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::CommandPalette</name>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>アセット</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>リスティング</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>アグリーメント</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>approve</source>
        <extracomment>The word a user types in the command palette to approve a request (&quot;approve PR-1234&quot;), in lower case; matched in any case.</extracomment>
        <translation>approve</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>Send local changes and fetch what changed</source>
        <translation>ローカルの変更を送信し、更新を取得します</translation>
    </message>
    <message>
        <source>Approve a pending request…</source>
        <translation>保留中のリクエストを承認…</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; and the request&apos;s id or customer</source>
        <extracomment>%1 is the word that starts an approval in the palette (&quot;approve&quot;).</extracomment>
        <translation>「%1」に続けてリクエストの ID または顧客を入力</translation>
    </message>
    <message>
        <source>New support case</source>
        <translation>新しいサポートケース</translation>
    </message>
    <message>
        <source>Write to CloudBlue support (Help &amp; Support)</source>
        <translation>CloudBlue サポートに連絡 (ヘルプとサポート)</translation>
    </message>
    <message>
        <source>Show sync conflicts</source>
        <translation>同期の競合を表示</translation>
    </message>
    <message>
        <source>Decide between your changes and Connect&apos;s</source>
        <translation>自分の変更と Connect の変更から選択します</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>通知を表示</translation>
    </message>
    <message>
        <source>The emails Connect sent you</source>
        <translation>Connect から送信されたメール</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>%1 is a module&apos;s title (&quot;Usage&quot;, &quot;Help &amp; Support&quot;).</extracomment>
        <translation>%1 に移動</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <extracomment>%1 is a request&apos;s id (&quot;PR-1234-5678-9012-001&quot;).</extracomment>
        <translation>%1 を承認</translation>
    </message>
    <message>
        <source>Find a request, product, customer, case… or a command</source>
        <translation>リクエスト、製品、顧客、ケースなど、またはコマンドを検索</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>コマンドパレット</translation>
    </message>
    <message>
        <source>Type an id, a name or an email, or a command. Up and Down choose, Enter runs, Escape closes.</source>
        <translation>ID、名前、メール、またはコマンドを入力します。上下キーで選択、Enter で実行、Escape で閉じます。</translation>
    </message>
    <message>
        <source>Command palette results</source>
        <translation>コマンドパレットの結果</translation>
    </message>
    <message>
        <source>Nothing in the offline data matches.</source>
        <translation>オフラインデータに一致するものはありません。</translation>
    </message>
    <message>
        <source>1 result · Enter runs · Esc closes</source>
        <translation>1 件 · Enter で実行 · Esc で閉じる</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results · Enter runs · Esc closes</source>
        <translation>
            <numerusform>%Ln 件 · Enter で実行 · Esc で閉じる</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ConflictsDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>自分の値を保持(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>相手の値を保持(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Keep mine for all</source>
        <translation>すべて自分の値を保持</translation>
    </message>
    <message>
        <source>Keep theirs for all</source>
        <translation>すべて相手の値を保持</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同期の競合</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>最終同期時</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>相手 (サーバー)</translation>
    </message>
    <message>
        <source>No conflicts: everything you changed offline could be merged.</source>
        <translation>競合はありません。オフラインで変更した内容はすべてマージできました。</translation>
    </message>
    <message>
        <source>One field changed both here and on the server since the last sync.</source>
        <translation>前回の同期以降、1 つのフィールドがここでもサーバーでも変更されました。</translation>
    </message>
    <message>
        <source>Choose which value to keep; your other changes to these objects wait until you decide.</source>
        <translation>保持する値を選択してください。これらのオブジェクトに対するその他の変更は、決定するまで待機します。</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>決定を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The decisions could not be saved: %1</source>
        <translation>決定を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 の編集</translation>
    </message>
    <message>
        <source>Mine: %1
Theirs: %2

Value to keep:</source>
        <translation>自分: %1
相手: %2

保持する値:</translation>
    </message>
    <message>
        <source>The value could not be saved: %1</source>
        <translation>値を保存できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fields changed both here and on the server since the last sync.</source>
        <translation>
            <numerusform>前回の同期以降、%n 個のフィールドがこちらとサーバーの両方で変更されました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ContractDetailPage</name>
    <message>
        <source>Contract:</source>
        <translation>契約:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source> (waiting for sync)</source>
        <translation> (同期待ち)</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>アグリーメント:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>署名:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未署名</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>発行元:</translation>
    </message>
    <message>
        <source>%1 (%2) · distribution agreement: %3</source>
        <translation>%1 (%2) · ディストリビューション アグリーメント: %3</translation>
    </message>
    <message>
        <source>Version %1 published</source>
        <translation>バージョン %1 公開</translation>
    </message>
    <message>
        <source>Contract created</source>
        <translation>契約作成</translation>
    </message>
    <message>
        <source>Signed (version %1)</source>
        <translation>署名済み (バージョン %1)</translation>
    </message>
    <message>
        <source>Countersigned by the provider</source>
        <translation>プロバイダーによる副署</translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation>契約終了</translation>
    </message>
    <message>
        <source>Signed from this app</source>
        <translation>このアプリから署名</translation>
    </message>
    <message>
        <source>Enrolled from this app</source>
        <translation>このアプリから登録</translation>
    </message>
    <message>
        <source>on Connect</source>
        <translation>Connect 上</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>送信日時 %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>拒否: %1</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>同期待ち</translation>
    </message>
    <message>
        <source>No distribution agreement under this program yet.</source>
        <translation>このプログラムにはまだディストリビューション アグリーメントがありません。</translation>
    </message>
    <message>
        <source>No marketplace.</source>
        <translation>マーケットプレイスがありません。</translation>
    </message>
    <message>
        <source>← All contracts</source>
        <translation>← すべての契約</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>マーケットプレイス</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>アグリーメントを開く</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Sent to Connect</source>
        <translation>Connect に送信済み</translation>
    </message>
    <message>
        <source>Enrollment completed</source>
        <translation>登録完了</translation>
    </message>
    <message>
        <source>Action from this app: %1</source>
        <extracomment>%1 is the action&apos;s name as Connect&apos;s API writes it (or the error Connect gave for it).</extracomment>
        <translation>このアプリからの操作: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::CreateListingDialog</name>
    <message>
        <source>Submit for review now (otherwise it stays a draft)</source>
        <translation>今すぐ審査に提出 (提出しない場合は下書きのまま)</translation>
    </message>
    <message>
        <source>Create listing</source>
        <translation>リスティングの作成</translation>
    </message>
    <message>
        <source>What the marketplace asks for: support contact, local contact, notes for the reviewer</source>
        <translation>マーケットプレイスが求める情報: サポート窓口、現地の連絡先、審査担当者へのメモ</translation>
    </message>
    <message>
        <source>You are offline: the request is saved on this computer and sent to Connect at the next sync.</source>
        <translation>オフラインです。リクエストはこのコンピューターに保存され、次回の同期で Connect に送信されます。</translation>
    </message>
    <message>
        <source>Create request</source>
        <translation>リクエストを作成</translation>
    </message>
    <message>
        <source>Product (published):</source>
        <translation>製品 (公開済み):</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>マーケットプレイス:</translation>
    </message>
    <message>
        <source>Details for the marketplace:</source>
        <translation>マーケットプレイス向けの詳細:</translation>
    </message>
    <message>
        <source>No published product: publish one under Inventory first.</source>
        <translation>公開済みの製品がありません。まずインベントリで製品を公開してください。</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <extracomment>%1 is a marketplace&apos;s name.</extracomment>
        <translation>%1 (利用不可)</translation>
    </message>
    <message>
        <source>Choose a marketplace to create the request.</source>
        <translation>リクエストを作成するマーケットプレイスを選択してください。</translation>
    </message>
    <message>
        <source>This product cannot be listed on any marketplace now: the reasons are under each marketplace above.</source>
        <translation>この製品は現在どのマーケットプレイスにも掲載できません。理由は上の各マーケットプレイスの下に表示されています。</translation>
    </message>
</context>
<context>
    <name>cv::ui::CreateUsageFileDialog</name>
    <message>
        <source>Create usage file</source>
        <translation>使用量ファイルの作成</translation>
    </message>
    <message>
        <source>Usage %1</source>
        <translation>使用量 %1</translation>
    </message>
    <message>
        <source>You are offline: the usage file is saved on this computer and created on Connect at the next sync.</source>
        <translation>オフラインです。使用量ファイルはこのコンピューターに保存され、次回の同期で Connect に作成されます。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>%1 (%2, contract %3)</source>
        <translation>%1 (%2、契約 %3)</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>製品:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>マーケットプレイス:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Period (UTC):</source>
        <translation>期間 (UTC):</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Download &amp;template…</source>
        <translation>テンプレートをダウンロード(&amp;T)…</translation>
    </message>
    <message>
        <source>The usage template (.xlsx) for this product and period, to fill in offline</source>
        <translation>この製品と期間の使用量テンプレート (.xlsx)。オフラインで記入できます</translation>
    </message>
    <message>
        <source>Save usage template</source>
        <translation>使用量テンプレートを保存</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>テンプレートを %1 に保存しました。</translation>
    </message>
    <message>
        <source>The template could not be made: %1</source>
        <translation>テンプレートを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>cv::ui::DashboardPage</name>
    <message>
        <source>Short description and detailed overview are filled in.</source>
        <translation>概要と詳細な説明が入力されています。</translation>
    </message>
    <message>
        <source>Fill in the short description and the detailed overview; add a logo.</source>
        <translation>概要と詳細な説明を入力し、ロゴを追加してください。</translation>
    </message>
    <message>
        <source>Add at least one item (SKU) that customers can buy.</source>
        <translation>顧客が購入できるアイテム (SKU) を少なくとも 1 つ追加してください。</translation>
    </message>
    <message>
        <source>Add at least one parameter, e.g. the administrator&apos;s email asked when ordering.</source>
        <translation>少なくとも 1 つのパラメーター (注文時に入力を求める管理者のメール アドレスなど) を追加してください。</translation>
    </message>
    <message>
        <source>The customer description or getting started text is filled in.</source>
        <translation>顧客向けの説明または「はじめに」のテキストが入力されています。</translation>
    </message>
    <message>
        <source>Describe the service and how to get started for customers; edit the templates and actions.</source>
        <translation>顧客向けにサービスと利用開始の手順を説明し、テンプレートとアクションを編集してください。</translation>
    </message>
    <message>
        <source>A version of this product is published.</source>
        <translation>この製品のバージョンが公開されています。</translation>
    </message>
    <message>
        <source>Publish a version so it can be listed in marketplaces. Publishing needs a connection to Connect.</source>
        <translation>マーケットプレイスに掲載できるようにバージョンを公開してください。公開には Connect への接続が必要です。</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ 完了</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>%1 is the name of a product page (&quot;Items&quot;, &quot;Parameters&quot;…).</extracomment>
        <translation>%1 へ移動</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>A preview request was run.</source>
        <translation>プレビュー リクエストを実行しました。</translation>
    </message>
    <message>
        <source>Check how customers will see the product before you publish it (recommended), once the rest is done and synced.</source>
        <translation>他の作業が完了して同期されたら、公開前に顧客から製品がどのように見えるかを確認してください (推奨)。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps done. Everything is saved on this computer as you type and sent to Connect by the next sync.</source>
        <extracomment>%1 is how many of the %n steps are done.</extracomment>
        <translation>
            <numerusform>%n ステップ中 %1 ステップ完了。入力内容はすべてこのコンピューターに随時保存され、次回の同期で Connect に送信されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>1 item defined.</source>
        <translation>1 つのアイテムが定義されています。</translation>
    </message>
    <message numerus="yes">
        <source>%n items defined.</source>
        <translation>
            <numerusform>%n 個のアイテムが定義されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>1 parameter defined.</source>
        <translation>1 つのパラメーターが定義されています。</translation>
    </message>
    <message numerus="yes">
        <source>%n parameters defined.</source>
        <translation>
            <numerusform>%n 個のパラメーターが定義されています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::DocumentView</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln 件の一致</numerusform>
        </translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>%1 / %2 件目の一致</translation>
    </message>
    <message>
        <source>The document cannot be shown while Connect cannot be reached.</source>
        <translation>Connect に接続できない間はドキュメントを表示できません。</translation>
    </message>
    <message>
        <source>The document could not be downloaded: %1</source>
        <translation>ドキュメントをダウンロードできませんでした: %1</translation>
    </message>
    <message>
        <source>This version&apos;s document is a web page of the provider:
%1</source>
        <translation>このバージョンのドキュメントはプロバイダーの Web ページです:
%1</translation>
    </message>
    <message>
        <source>Open in browser…</source>
        <translation>ブラウザーで開く…</translation>
    </message>
    <message>
        <source>The PDF document could not be read (%1).</source>
        <translation>PDF ドキュメントを読み取れませんでした (%1)。</translation>
    </message>
    <message>
        <source>This document (%1, %2) cannot be shown here. You can save it and open it with the program your system uses for it.</source>
        <translation>このドキュメント (%1、%2) はここでは表示できません。保存して、システムで関連付けられているプログラムで開くことができます。</translation>
    </message>
    <message>
        <source>Open with system viewer…</source>
        <translation>システムのビューアーで開く…</translation>
    </message>
    <message>
        <source>Open %1 in your web browser?</source>
        <translation>%1 を Web ブラウザーで開きますか?</translation>
    </message>
    <message>
        <source>Save %1 and open it with your system&apos;s viewer? Files from the internet can be harmful; open it only if you trust the provider.</source>
        <translation>%1 を保存してシステムのビューアーで開きますか? インターネットからのファイルは有害な場合があります。プロバイダーを信頼できる場合にのみ開いてください。</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>ドキュメントを開く</translation>
    </message>
    <message>
        <source>The document could not be saved to %1.</source>
        <translation>ドキュメントを %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>Search the document</source>
        <translation>ドキュメント内を検索</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 件一致</translation>
    </message>
</context>
<context>
    <name>cv::ui::FirstRunPage</name>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <source>Enter the API key of your Connect account (API module › Tokens in the portal).</source>
        <translation>Connect アカウントの API キーを入力してください (ポータルの API モジュール › トークン)。</translation>
    </message>
    <message>
        <source>Welcome to Connect Vendor Desktop</source>
        <translation>Connect Vendor Desktop へようこそ</translation>
    </message>
    <message>
        <source>Add a Connect account</source>
        <translation>Connect アカウントを追加</translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation>API エンドポイント(&amp;E):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>The key is checked with Connect and kept only in your system keychain.</source>
        <translation>キーは Connect で確認され、システムのキーチェーンにのみ保存されます。</translation>
    </message>
    <message>
        <source>Explore offline with the sandbox</source>
        <translation>サンドボックスでオフラインで試す</translation>
    </message>
    <message>
        <source>Try every module against a local sandbox account with demo data. No Connect account needed.</source>
        <translation>デモ データを含むローカルのサンドボックス アカウントで、すべてのモジュールを試せます。Connect アカウントは不要です。</translation>
    </message>
    <message>
        <source>Explore offline</source>
        <translation>オフラインで試す</translation>
    </message>
    <message>
        <source>Continue with an empty offline workspace</source>
        <translation>空のオフライン ワークスペースで続行</translation>
    </message>
    <message>
        <source>The built-in sandbox is not available.</source>
        <translation>組み込みのサンドボックスは利用できません。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>起動しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Back to where you were, without adding an account (Esc)</source>
        <translation>アカウントを追加せずに元の画面に戻る (Esc)</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>別のアカウントを追加</translation>
    </message>
    <message>
        <source>Define products, fulfill orders and publish to marketplaces, online or offline. Everything you do is saved on this computer first and synced with Connect.</source>
        <translation>製品の定義、注文のフルフィルメント、マーケットプレイスへの公開をオンラインでもオフラインでも行えます。すべての操作はまずこのコンピューターに保存され、Connect と同期されます。</translation>
    </message>
</context>
<context>
    <name>cv::ui::FulfillmentPage</name>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>フルフィルメント</translation>
    </message>
    <message>
        <source>Process the requests of your customers: approve, inquire or reject.</source>
        <translation>顧客のリクエストを処理します: 承認、情報要求、却下。</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Search by request ID, customer or product (Ctrl+F)</source>
        <translation>リクエスト ID、顧客、製品で検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation>すべての担当者</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>すべての製品</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>%1: any</source>
        <extracomment>A filter button: %1 is the filter&apos;s name (&quot;Type&quot;, &quot;Status&quot;, &quot;Environment&quot;).</extracomment>
        <translation>%1: すべて</translation>
    </message>
    <message>
        <source>Sign in to an account to see its requests.</source>
        <translation>リクエストを表示するにはアカウントにサインインしてください。</translation>
    </message>
    <message>
        <source>No requests in the local cache yet. Sync to fetch them.</source>
        <translation>ローカル キャッシュにまだリクエストがありません。同期して取得してください。</translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation>これらのフィルターに一致するリクエストはありません。</translation>
    </message>
    <message>
        <source>Select pending requests to approve or reject several at once.</source>
        <translation>保留中のリクエストを選択すると、まとめて承認または却下できます。</translation>
    </message>
    <message>
        <source>Approved, waiting for sync</source>
        <translation>承認済み、同期待ち</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>選択項目の承認</translation>
    </message>
    <message>
        <source>Rejected, waiting for sync</source>
        <translation>却下済み、同期待ち</translation>
    </message>
    <message>
        <source>Reject selected</source>
        <translation>選択項目の却下</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>filter: requests created between two dates</comment>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Approve selected…</source>
        <translation>選択項目を承認…</translation>
    </message>
    <message>
        <source>Reject selected…</source>
        <translation>選択項目を却下…</translation>
    </message>
    <message>
        <source>Show only requests with the status “%1”</source>
        <extracomment>%1 is a request status as shown in the Status column (&quot;Pending&quot;, &quot;Approved&quot;…).</extracomment>
        <translation>ステータスが「%1」のリクエストのみ表示</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln selected</source>
        <translation>
            <numerusform>%1: %Ln 件選択</numerusform>
        </translation>
    </message>
    <message>
        <source>All · %1</source>
        <extracomment>The filter chip showing every request; %1 is how many there are.</extracomment>
        <translation>すべて · %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is &quot;N selected&quot; (requests), %2 is &quot;N pending&quot; (of the selected requests).</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <comment>requests</comment>
        <translation>
            <numerusform>%Ln 件選択</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <comment>selected requests</comment>
        <translation>
            <numerusform>%Ln 件保留中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %Ln selected…</source>
        <translation>
            <numerusform>選択した %Ln 件を承認…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %Ln selected…</source>
        <translation>
            <numerusform>選択した %Ln 件を却下…</numerusform>
        </translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>リクエストを検索</translation>
    </message>
    <message>
        <source>Matches the request ID, the customer&apos;s name or the product&apos;s name</source>
        <translation>リクエスト ID、顧客名、製品名に一致します</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>担当者のフィルター</translation>
    </message>
    <message>
        <source>Product filter</source>
        <translation>製品のフィルター</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>作成日 (開始)</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>作成日 (終了)</translation>
    </message>
    <message>
        <source>Fulfillment requests</source>
        <translation>フルフィルメント リクエスト</translation>
    </message>
    <message>
        <source>Enter opens the request; Shift or Ctrl with the arrows selects several</source>
        <translation>Enter でリクエストを開きます。Shift または Ctrl を押しながら矢印キーで複数選択します</translation>
    </message>
    <message>
        <source>Loading requests: %1 of %2</source>
        <translation>リクエストを読み込んでいます: %1 / %2</translation>
    </message>
</context>
<context>
    <name>cv::ui::HelpSupportPage</name>
    <message>
        <source>Getting started with Connect</source>
        <translation>Connect の概要</translation>
    </message>
    <message>
        <source>Portals, accounts and users; the supply chain flows.</source>
        <translation>ポータル、アカウント、ユーザー、サプライ チェーンの流れ。</translation>
    </message>
    <message>
        <source>Account module</source>
        <translation>アカウント モジュール</translation>
    </message>
    <message>
        <source>Account details, users and invitations (lab: Account Module).</source>
        <translation>アカウントの詳細、ユーザー、招待 (ラボ: Account Module)。</translation>
    </message>
    <message>
        <source>Processing fulfillment requests (tutorial)</source>
        <translation>フルフィルメント リクエストの処理 (チュートリアル)</translation>
    </message>
    <message>
        <source>Step by step: fill the fulfillment parameters and approve a request (lab: Fulfillment).</source>
        <translation>手順: フルフィルメント パラメーターを入力してリクエストを承認する (ラボ: Fulfillment)。</translation>
    </message>
    <message>
        <source>Requests management</source>
        <translation>リクエストの管理</translation>
    </message>
    <message>
        <source>Request details, approve, inquire and reject.</source>
        <translation>リクエストの詳細、承認、情報要求、却下。</translation>
    </message>
    <message>
        <source>Listings (video tutorial)</source>
        <translation>リスティング (ビデオ チュートリアル)</translation>
    </message>
    <message>
        <source>Listing products in a distributor&apos;s marketplaces.</source>
        <translation>ディストリビューターのマーケットプレイスへの製品の掲載。</translation>
    </message>
    <message>
        <source>Localization</source>
        <translation>ローカライズ</translation>
    </message>
    <message>
        <source>Translating product content (lab: Inventory, product profile).</source>
        <translation>製品コンテンツの翻訳 (ラボ: Inventory、製品プロファイル)。</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API トークン</translation>
    </message>
    <message>
        <source>Tokens and their module permissions (lab: API Module).</source>
        <translation>トークンとそのモジュール権限 (ラボ: API Module)。</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>ヘルプデスク</translation>
    </message>
    <message>
        <source>Support cases: states, attachments, comments (lab: Help &amp; Support).</source>
        <translation>サポート ケース: 状態、添付ファイル、コメント (ラボ: Help &amp; Support)。</translation>
    </message>
    <message>
        <source>SDKs and developer tools</source>
        <translation>SDK と開発者ツール</translation>
    </message>
    <message>
        <source>Libraries and tools for the Connect API.</source>
        <translation>Connect API 用のライブラリとツール。</translation>
    </message>
    <message>
        <source>Connect Community (all documentation)</source>
        <translation>Connect コミュニティ (すべてのドキュメント)</translation>
    </message>
    <message>
        <source>Every module, guide and release note.</source>
        <translation>すべてのモジュール、ガイド、リリース ノート。</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>%1 をブラウザーで開きます</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>ナレッジ ベース</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>新機能</translation>
    </message>
    <message>
        <source>Support cases</source>
        <translation>サポート ケース</translation>
    </message>
    <message>
        <source>Connect&apos;s documentation and tutorials, grouped by the lab&apos;s topics. Click a topic to open it in your web browser.</source>
        <translation>ラボのトピック別に分類した Connect のドキュメントとチュートリアルです。トピックをクリックすると Web ブラウザーで開きます。</translation>
    </message>
    <message>
        <source>Search cases by subject or ID (Ctrl+F)</source>
        <translation>件名または ID でケースを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>新しいケース(&amp;N)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>ケース ID</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>(after sync)</source>
        <translation>(同期後)</translation>
    </message>
    <message>
        <source>The account was closed; open it again to write the case.</source>
        <translation>アカウントは閉じられました。ケースを作成するには再度開いてください。</translation>
    </message>
    <message>
        <source>Search support cases</source>
        <translation>サポート ケースを検索</translation>
    </message>
    <message>
        <source>Matches the case&apos;s subject or ID</source>
        <translation>ケースの件名または ID に一致します</translation>
    </message>
    <message>
        <source>Case state filter</source>
        <translation>ケースの状態のフィルター</translation>
    </message>
</context>
<context>
    <name>cv::ui::InquireDialog</name>
    <message>
        <source>Inquire: ask the customer</source>
        <translation>情報要求: 顧客に確認</translation>
    </message>
    <message>
        <source>(no template: the parameter messages only)</source>
        <translation>(テンプレートなし: パラメーターのメッセージのみ)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>現在の値</translation>
    </message>
    <message>
        <source>Message for the customer</source>
        <translation>顧客へのメッセージ</translation>
    </message>
    <message>
        <source>&amp;Inquire</source>
        <translation>情報要求(&amp;I)</translation>
    </message>
    <message>
        <source>Inquire &amp;template:</source>
        <translation>情報要求テンプレート(&amp;T):</translation>
    </message>
    <message>
        <source>Write a message next to each parameter the customer must correct:</source>
        <translation>顧客が修正する必要がある各パラメーターの横にメッセージを入力してください:</translation>
    </message>
    <message>
        <source>Messages per parameter</source>
        <translation>パラメーターごとのメッセージ</translation>
    </message>
</context>
<context>
    <name>cv::ui::InventoryPage</name>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Create a product from a definition file exported before</source>
        <translation>以前にエクスポートした定義ファイルから製品を作成</translation>
    </message>
    <message>
        <source>Save the selected product&apos;s definition to a file (JSON in the Connect API shapes)</source>
        <translation>選択した製品の定義をファイルに保存 (Connect API 形式の JSON)</translation>
    </message>
    <message>
        <source>Create Product</source>
        <translation>製品を作成</translation>
    </message>
    <message>
        <source>Name of the new product (you can change it until the product is published):</source>
        <translation>新しい製品の名前 (製品が公開されるまで変更できます):</translation>
    </message>
    <message>
        <source>%1

Name of the new product:</source>
        <translation>%1

新しい製品の名前:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>名前は空にできません。</translation>
    </message>
    <message>
        <source>The product was not created: %1</source>
        <translation>製品は作成されませんでした: %1</translation>
    </message>
    <message>
        <source>Open an account (or the sandbox) to see its products.</source>
        <translation>製品を表示するにはアカウント (またはサンドボックス) を開いてください。</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>「%1」に一致する製品はありません。</translation>
    </message>
    <message>
        <source>No products yet.
Click “Create Product” to define your first one; it is saved on this computer and sent to Connect with the next sync.</source>
        <translation>製品はまだありません。
[製品を作成] をクリックして最初の製品を定義してください。このコンピューターに保存され、次回の同期で Connect に送信されます。</translation>
    </message>
    <message>
        <source>Search by name or ID (Ctrl+F)</source>
        <translation>名前または ID で検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Define a new product (Ctrl+N)</source>
        <translation>新しい製品を定義 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>未公開</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>No product to export.</source>
        <translation>エクスポートする製品がありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>アカウントが開かれていません。</translation>
    </message>
    <message>
        <source>%1 is not a product definition: %2 at byte %3.</source>
        <translation>%1 は製品定義ではありません: %3 バイト目で %2。</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 はインポートされませんでした: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Select a product to export first.</source>
        <translation>先にエクスポートする製品を選択してください。</translation>
    </message>
    <message>
        <source>Export product definition</source>
        <translation>製品定義のエクスポート</translation>
    </message>
    <message>
        <source>Product definition (*.json)</source>
        <translation>製品定義 (*.json)</translation>
    </message>
    <message>
        <source>Import product definition</source>
        <translation>製品定義のインポート</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>製品を検索</translation>
    </message>
    <message>
        <source>Matches the product&apos;s name or ID</source>
        <translation>製品の名前または ID に一致します</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>製品</translation>
    </message>
</context>
<context>
    <name>cv::ui::ItemDialog</name>
    <message>
        <source>Edit Item</source>
        <translation>アイテムの編集</translation>
    </message>
    <message>
        <source>New Item</source>
        <translation>新しいアイテム</translation>
    </message>
    <message>
        <source>e.g. SKU Users</source>
        <translation>例: SKU Users</translation>
    </message>
    <message>
        <source>Manufacturer part number, unique in the product</source>
        <translation>製造元部品番号 (製品内で一意)</translation>
    </message>
    <message>
        <source>Optional: what the customer gets with this item</source>
        <translation>省略可: このアイテムで顧客が受け取るもの</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;MPN:</source>
        <translation>MPN(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>A quantity the customer buys in advance (licenses, users)</source>
        <translation>顧客が事前に購入する数量 (ライセンス、ユーザー)</translation>
    </message>
    <message>
        <source>Billed from reported usage, always monthly</source>
        <translation>報告された使用量に基づいて請求 (常に月単位)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <source>Billing &amp;period:</source>
        <translation>請求期間(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>単位(&amp;U):</translation>
    </message>
    <message>
        <source>P&amp;recision:</source>
        <translation>精度(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Commitment:</source>
        <translation>契約期間(&amp;C):</translation>
    </message>
    <message>
        <source>This item is published: only its name, MPN and description can change.</source>
        <translation>このアイテムは公開済みです。変更できるのは名前、MPN、説明のみです。</translation>
    </message>
    <message>
        <source>Name and MPN</source>
        <translation>名前と MPN</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>アイテムの削除</translation>
    </message>
    <message>
        <source>Only draft items can be deleted.</source>
        <translation>削除できるのは下書きのアイテムのみです。</translation>
    </message>
    <message>
        <source>Pay-as-you-go items have no commitment.</source>
        <translation>従量課金のアイテムには契約期間がありません。</translation>
    </message>
    <message>
        <source>%1 (not allowed for this period)</source>
        <translation>%1 (この期間では使用できません)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ItemsPage</name>
    <message>
        <source>&amp;New Item</source>
        <translation>新しいアイテム(&amp;N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>請求期間</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>アイテム</translation>
    </message>
    <message>
        <source>The SKUs customers buy. Reservation items are bought in advance (users, licenses); pay-as-you-go items are billed monthly from reported usage.</source>
        <translation>顧客が購入する SKU です。予約アイテムは事前に購入され (ユーザー、ライセンス)、従量課金アイテムは報告された使用量に基づいて毎月請求されます。</translation>
    </message>
    <message>
        <source>Add an item (Ctrl+N)</source>
        <translation>アイテムを追加 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter by name or MPN</source>
        <translation>名前または MPN でフィルター</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add item %1</source>
        <translation>アイテム %1 の追加</translation>
    </message>
    <message>
        <source>Edit item %1</source>
        <translation>アイテム %1 の編集</translation>
    </message>
    <message>
        <source>Delete item %1</source>
        <translation>アイテム %1 の削除</translation>
    </message>
    <message>
        <source>Item “%1” deleted.</source>
        <translation>アイテム「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation>アイテムをフィルター</translation>
    </message>
    <message>
        <source>Matches the item&apos;s name or MPN</source>
        <translation>アイテムの名前または MPN に一致します</translation>
    </message>
</context>
<context>
    <name>cv::ui::KeychainNotice</name>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>このメッセージを非表示</translation>
    </message>
    <message>
        <source>Opening the system keychain for the sandbox account&apos;s API key.</source>
        <translation>サンドボックス アカウントの API キーのためにシステムのキーチェーンを開いています。</translation>
    </message>
    <message>
        <source>Opening the system keychain for the account&apos;s API key.</source>
        <translation>アカウントの API キーのためにシステムのキーチェーンを開いています。</translation>
    </message>
    <message>
        <source>Opening the system keychain for the API key of %1.</source>
        <translation>%1 の API キーのためにシステムのキーチェーンを開いています。</translation>
    </message>
    <message>
        <source>If your desktop now asks for a keyring password (or to create a keyring), that window comes from the system keychain (e.g. GNOME Keyring or KWallet), which keeps saved passwords locked; Connect Vendor Desktop never sees that password. Unlock it to keep the key there.</source>
        <translation>デスクトップがキーリングのパスワードを求めた場合 (またはキーリングの作成を求めた場合)、そのウィンドウは保存されたパスワードをロックして保管するシステムのキーチェーン (GNOME Keyring や KWallet など) によるものです。Connect Vendor Desktop がそのパスワードを見ることはありません。キーをそこに保存するには、ロックを解除してください。</translation>
    </message>
    <message>
        <source>If you cancel it, the sandbox still opens, with a key kept in memory for this run.</source>
        <translation>キャンセルしてもサンドボックスは開きます。その場合、キーはこの実行中のみメモリに保持されます。</translation>
    </message>
    <message>
        <source>If you cancel it, the account works offline until you unlock the keychain or enter the key.</source>
        <translation>キャンセルした場合、キーチェーンのロックを解除するかキーを入力するまで、アカウントはオフラインで動作します。</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read from the system keychain (%2). You can keep working offline: changes are saved on this computer. To sync, unlock your keychain (your desktop&apos;s keyring or password manager) and choose Try again, or enter the key for this run only.</source>
        <translation>システムのキーチェーンから %1 の API キーを読み取れませんでした (%2)。オフラインで作業を続けることができ、変更はこのコンピューターに保存されます。同期するには、キーチェーン (デスクトップのキーリングまたはパスワード マネージャー) のロックを解除して [再試行] を選択するか、この実行中のみ使用するキーを入力してください。</translation>
    </message>
    <message>
        <source>declined or not available</source>
        <translation>拒否されたか利用できません</translation>
    </message>
    <message>
        <source>&amp;Enter key…</source>
        <translation>キーを入力(&amp;E)…</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>システムのキーチェーンがアクセスを拒否しました。</translation>
    </message>
    <message>
        <source>The sandbox&apos;s key could not be read from the system keychain (it stayed locked, or the key was never stored there).</source>
        <translation>サンドボックスのキーをシステムのキーチェーンから読み取れませんでした (ロックされたままか、キーが保存されていません)。</translation>
    </message>
    <message>
        <source>No system keychain could be used (none available, or its prompt was canceled).</source>
        <translation>システムのキーチェーンを使用できませんでした (利用できないか、確認がキャンセルされました)。</translation>
    </message>
    <message>
        <source>The sandbox account therefore runs with a memory-only key: a local, throw-away key that opens only the sandbox on this computer. It is not stored in any keychain; the sandbox hands it over again at the next start.</source>
        <translation>そのため、サンドボックスアカウントはメモリ上のみのキーで動作します。これはこのコンピューター上のサンドボックスだけを開く使い捨てのローカルキーです。どのキーチェーンにも保存されず、次回の起動時にサンドボックスから再度渡されます。</translation>
    </message>
</context>
<context>
    <name>cv::ui::LandingPage</name>
    <message>
        <source>Welcome to Connect</source>
        <translation>Connect へようこそ</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>ようこそ、%1 さん</translation>
    </message>
    <message>
        <source>Choose a module to get started. Ctrl+1 to Ctrl+0 switch modules from anywhere.</source>
        <translation>モジュールを選択して開始してください。Ctrl+1 ～ Ctrl+0 でどこからでもモジュールを切り替えられます。</translation>
    </message>
</context>
<context>
    <name>cv::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>The language of the interface</source>
        <translation>インターフェイスの言語</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>システムの言語 (%1)</translation>
    </message>
</context>
<context>
    <name>cv::ui::LinkListEditor</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>新しいリンク</translation>
    </message>
</context>
<context>
    <name>cv::ui::ListingRequestPage</name>
    <message>
        <source>Request:</source>
        <translation>リクエスト:</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>%1 (not confirmed by Connect yet)</source>
        <extracomment>%1 is the listing request&apos;s state (&quot;In review&quot;…).</extracomment>
        <translation>%1 (Connect による確認前)</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>製品:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>マーケットプレイス:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>契約:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新日時:</translation>
    </message>
    <message>
        <source>Saved; it is sent to Connect with the next sync.</source>
        <translation>保存されました。次回の同期で Connect に送信されます。</translation>
    </message>
    <message>
        <source>You are offline: this request is saved on this computer and sent to Connect at the next sync.</source>
        <translation>オフラインです。このリクエストはこのコンピューターに保存され、次回の同期で Connect に送信されます。</translation>
    </message>
    <message>
        <source>The marketplace&apos;s provider reviews the request; its state follows the provider&apos;s decision at each sync.</source>
        <translation>マーケットプレイスのプロバイダーがリクエストを審査します。状態は同期のたびにプロバイダーの決定に従って更新されます。</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>リクエストをキャンセル</translation>
    </message>
    <message>
        <source>Cancel this listing request?</source>
        <translation>このリスティング リクエストをキャンセルしますか?</translation>
    </message>
    <message>
        <source>Listing request</source>
        <translation>リスティング リクエスト</translation>
    </message>
    <message>
        <source>← All listing requests</source>
        <translation>← すべてのリスティング リクエスト</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>審査に提出</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>下書きに戻す</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>リクエストをキャンセル…</translation>
    </message>
    <message>
        <source>New listing request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>%1 の新規リスティングリクエスト</translation>
    </message>
    <message>
        <source>Update request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>%1 の更新リクエスト</translation>
    </message>
    <message>
        <source>Removal request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>%1 の削除リクエスト</translation>
    </message>
    <message>
        <source>Listing request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>%1 のリスティングリクエスト</translation>
    </message>
</context>
<context>
    <name>cv::ui::ListingsPage</name>
    <message>
        <source>Request removal</source>
        <translation>削除をリクエスト</translation>
    </message>
    <message>
        <source>Request update</source>
        <translation>更新をリクエスト</translation>
    </message>
    <message>
        <source>Ask the provider to remove listing %1 from its marketplace. Reason (optional):</source>
        <translation>リスティング %1 をマーケットプレイスから削除するようプロバイダーに依頼します。理由 (省略可):</translation>
    </message>
    <message>
        <source>Ask the provider to update listing %1 to the product&apos;s latest version. Note (optional):</source>
        <translation>リスティング %1 を製品の最新バージョンに更新するようプロバイダーに依頼します。メモ (省略可):</translation>
    </message>
    <message>
        <source>Listing request</source>
        <translation>リスティング リクエスト</translation>
    </message>
    <message>
        <source>Create listing…</source>
        <translation>リスティングを作成…</translation>
    </message>
    <message>
        <source>Request update…</source>
        <translation>更新をリクエスト…</translation>
    </message>
    <message>
        <source>Request removal…</source>
        <translation>削除をリクエスト…</translation>
    </message>
    <message>
        <source>Select a listed product to ask the provider to update it to its latest version.</source>
        <translation>最新バージョンへの更新をプロバイダーに依頼する掲載中の製品を選択してください。</translation>
    </message>
    <message>
        <source>Select a listed product to ask the provider to remove it from the marketplace.</source>
        <translation>マーケットプレイスからの削除をプロバイダーに依頼する掲載中の製品を選択してください。</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>リスティング</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Products × marketplaces</source>
        <translation>製品 × マーケットプレイス</translation>
    </message>
    <message>
        <source>Where each published product is listed. Green: listed; yellow: a request is pending; grey: can be listed; red: not allowed (no active distribution contract).</source>
        <translation>公開済みの各製品の掲載先です。緑: 掲載中、黄: リクエスト保留中、灰: 掲載可能、赤: 不可 (有効なディストリビューション契約なし)。</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>マーケットプレイス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Pending request</source>
        <translation>保留中のリクエスト</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Search by product, marketplace or ID</source>
        <translation>製品、マーケットプレイス、ID で検索</translation>
    </message>
    <message>
        <source>Search listings</source>
        <translation>リスティングを検索</translation>
    </message>
    <message>
        <source>Matches the product, the marketplace or the ID</source>
        <translation>製品、マーケットプレイス、ID に一致します</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>リスティング リクエスト</translation>
    </message>
    <message>
        <source>Products by marketplace</source>
        <translation>マーケットプレイス別の製品</translation>
    </message>
    <message>
        <source>Listing status filter</source>
        <translation>リスティング ステータスのフィルター</translation>
    </message>
    <message>
        <source>Request state filter</source>
        <translation>リクエストの状態のフィルター</translation>
    </message>
    <message>
        <source>Request type filter</source>
        <translation>リクエストの種類のフィルター</translation>
    </message>
</context>
<context>
    <name>cv::ui::LocalContentPage</name>
    <message>
        <source>Open link</source>
        <translation>リンクを開く</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>このアドレスを Web ブラウザーで開きますか?

%1</translation>
    </message>
</context>
<context>
    <name>cv::ui::LocalizationTab</name>
    <message>
        <source>Download .po</source>
        <translation>.po をダウンロード</translation>
    </message>
    <message>
        <source>Gettext catalogs (*.po)</source>
        <translation>gettext カタログ (*.po)</translation>
    </message>
    <message>
        <source>Download .ts</source>
        <translation>.ts をダウンロード</translation>
    </message>
    <message>
        <source>Qt Linguist files (*.ts)</source>
        <translation>Qt Linguist ファイル (*.ts)</translation>
    </message>
    <message>
        <source>Upload translations</source>
        <translation>翻訳をアップロード</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>製品名</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>短い説明</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>詳細な説明</translation>
    </message>
    <message>
        <source>Service description</source>
        <translation>サービスの説明</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>Provisioning message</source>
        <translation>プロビジョニングメッセージ</translation>
    </message>
    <message>
        <source>Download link title</source>
        <translation>ダウンロードリンクのタイトル</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>ドキュメントのタイトル</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>アイテム名</translation>
    </message>
    <message>
        <source>Item description</source>
        <translation>アイテムの説明</translation>
    </message>
    <message>
        <source>Parameter title</source>
        <translation>パラメーターのタイトル</translation>
    </message>
    <message>
        <source>Parameter description</source>
        <translation>パラメーターの説明</translation>
    </message>
    <message>
        <source>Parameter hint</source>
        <translation>パラメーターのヒント</translation>
    </message>
    <message>
        <source>Parameter placeholder</source>
        <translation>パラメーターのプレースホルダー</translation>
    </message>
    <message>
        <source>Choice label</source>
        <translation>選択肢のラベル</translation>
    </message>
    <message>
        <source>Template title</source>
        <translation>テンプレートのタイトル</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>テンプレートの本文</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>アクションのタイトル</translation>
    </message>
    <message>
        <source>Action description</source>
        <translation>アクションの説明</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Translate what customers see of this product. Edits are saved at once and sent with the next sync; translators can work on a .po (gettext) or .ts (Qt Linguist) file.</source>
        <translation>顧客に表示されるこの製品の内容を翻訳します。編集内容はすぐに保存され、次回の同期で送信されます。翻訳者は .po (gettext) または .ts (Qt Linguist) ファイルで作業できます。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Search fields and texts</source>
        <translation>フィールドとテキストを検索</translation>
    </message>
    <message>
        <source>&amp;Untranslated first</source>
        <translation>未翻訳を先頭に(&amp;U)</translation>
    </message>
    <message>
        <source>Source (English)</source>
        <translation>原文 (英語)</translation>
    </message>
    <message>
        <source>&amp;Download .po</source>
        <translation>.po をダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>Download .&amp;ts</source>
        <translation>.ts をダウンロード(&amp;T)</translation>
    </message>
    <message>
        <source>This product was created on this computer: it can be translated once it has reached Connect (after the next sync).</source>
        <translation>この製品はこのコンピューターで作成されました。Connect に反映された後 (次回の同期後) に翻訳できます。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(not translated)</source>
        <translation>(未翻訳)</translation>
    </message>
    <message>
        <source>Not translated: customers see the English text.</source>
        <translation>未翻訳: 顧客には英語のテキストが表示されます。</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>入力と同時に保存されます。</translation>
    </message>
    <message>
        <source>Placeholders and links match the source.</source>
        <translation>プレースホルダーとリンクは原文と一致しています。</translation>
    </message>
    <message>
        <source>missing placeholder %1</source>
        <translation>プレースホルダー %1 がありません</translation>
    </message>
    <message>
        <source>missing link target %1</source>
        <translation>リンク先 %1 がありません</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されていません: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1: the file has %2 MB; files of more than %3 MB are refused.</source>
        <translation>%1: ファイルのサイズは %2 MB です。%3 MB を超えるファイルは受け付けません。</translation>
    </message>
    <message>
        <source>Nothing was applied. Problems in %1:</source>
        <translation>何も適用されませんでした。%1 の問題:</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>何も適用されませんでした: %1</translation>
    </message>
    <message>
        <source>%1: %2 translations applied; %3 outdated ones left out. They are sent with the next sync.</source>
        <translation>%1: %2 件の翻訳を適用し、古くなった %3 件を除外しました。次回の同期で送信されます。</translation>
    </message>
    <message>
        <source>%1: %2 translations applied. They are sent with the next sync.</source>
        <translation>%1: %2 件の翻訳を適用しました。次回の同期で送信されます。</translation>
    </message>
    <message>
        <source>U&amp;pload .po…</source>
        <translation>.po をアップロード(&amp;P)…</translation>
    </message>
    <message>
        <source>Upload .ts…</source>
        <translation>.ts をアップロード…</translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation>言語を追加…</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… ほか %1 件</translation>
    </message>
    <message>
        <source>Nothing to apply: every translation in %1 is already there.</source>
        <translation>適用するものはありません: %1 の翻訳はすべて適用済みです。</translation>
    </message>
    <message>
        <source>Upload of %1 canceled; nothing was applied.</source>
        <translation>%1 のアップロードはキャンセルされました。何も適用されていません。</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>追加する言語</translation>
    </message>
    <message>
        <source>Texts and their translations</source>
        <translation>テキストとその翻訳</translation>
    </message>
    <message>
        <source>1 text written to %1.</source>
        <translation>1 件のテキストを %1 に書き込みました。</translation>
    </message>
    <message numerus="yes">
        <source>%n texts written to %1.</source>
        <translation>
            <numerusform>%n 件のテキストを %1 に書き込みました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::MainWindow</name>
    <message>
        <source>Add a Connect account</source>
        <translation>Connect アカウントを追加</translation>
    </message>
    <message>
        <source>Offline workspace</source>
        <translation>オフライン ワークスペース</translation>
    </message>
    <message>
        <source>Connect Vendor Desktop</source>
        <translation>Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Sandbox on this computer (%1)</source>
        <translation>このコンピューター上のサンドボックス (%1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Offline workspace: no account</source>
        <translation>オフライン ワークスペース: アカウントなし</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation>同期するものはありません</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>Send local changes and fetch what changed (F5)</source>
        <translation>ローカルの変更を送信し、更新内容を取得します (F5)</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>サンドボックスを起動しています…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>No key for %1 could be read from the system keychain (%2).
Enter the key to use it for this run only; it is not saved.</source>
        <translation>システムのキーチェーンから %1 のキーを読み取れませんでした (%2)。
この実行中のみ使用するキーを入力してください。キーは保存されません。</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>システムのキーチェーンがありません</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Sign out of %1? Its API key is removed from this computer&apos;s keychain.</source>
        <translation>%1 からサインアウトしますか? API キーはこのコンピューターのキーチェーンから削除されます。</translation>
    </message>
    <message>
        <source>The offline data of the account can stay for when you sign in again, or be deleted now. Changes not yet sent are lost if you delete it.</source>
        <translation>アカウントのオフライン データは次回のサインインに備えて残しておくことも、今すぐ削除することもできます。削除すると、まだ送信されていない変更は失われます。</translation>
    </message>
    <message>
        <source>Sign out and delete offline data</source>
        <translation>サインアウトしてオフライン データを削除</translation>
    </message>
    <message>
        <source>The system keychain could not store the API key (%1).

Keep the key in memory for this run only? You will need to enter it again next time; to keep it, unlock or set up your desktop&apos;s keyring and add the account again.</source>
        <translation>システムのキーチェーンに API キーを保存できませんでした (%1)。

この実行中のみキーをメモリに保持しますか? 次回は再度入力する必要があります。キーを保存するには、デスクトップのキーリングのロックを解除するか設定して、アカウントを再度追加してください。</translation>
    </message>
    <message>
        <source>access declined</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>Notifications: the emails Connect sent you (Ctrl+Shift+N)</source>
        <translation>通知: Connect から送信されたメール (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Theme, sync, proxy, notifications and offline data (Ctrl+,)</source>
        <translation>テーマ、同期、プロキシ、通知、オフラインデータ (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ModuleNavigator</name>
    <message>
        <source>Switch module (Ctrl+1 to Ctrl+0)</source>
        <translation>モジュールの切り替え (Ctrl+1 ～ Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ModulePage</name>
    <message>
        <source>The %1 screens are not built yet in this version of Connect Vendor Desktop.
The module&apos;s data is already synced with Connect and kept on this computer for them.</source>
        <translation>このバージョンの Connect Vendor Desktop には、%1 の画面はまだありません。
モジュールのデータはすでに Connect と同期され、このコンピューターに保持されています。</translation>
    </message>
</context>
<context>
    <name>cv::ui::NewCaseDialog</name>
    <message>
        <source>Re&amp;move file</source>
        <translation>ファイルを削除(&amp;M)</translation>
    </message>
    <message>
        <source>New support case</source>
        <translation>新しいサポート ケース</translation>
    </message>
    <message>
        <source>What is the problem, in one line</source>
        <translation>問題の内容 (1 行で)</translation>
    </message>
    <message>
        <source>What happened, what you expected, and the IDs involved (product, request)</source>
        <translation>発生した事象、期待した結果、関連する ID (製品、リクエスト)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Logs or screenshots, up to %1 each.</source>
        <translation>ログやスクリーンショット (各 %1 まで)。</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>件名(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>優先度(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>添付ファイル(&amp;A):</translation>
    </message>
    <message>
        <source>The case is saved on this computer at once and sent to Connect on the next sync.</source>
        <translation>ケースはこのコンピューターにすぐに保存され、次回の同期で Connect に送信されます。</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>ケースを作成(&amp;O)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルの添付</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>ファイルを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Discard this case?</source>
        <translation>このケースを破棄しますか?</translation>
    </message>
    <message>
        <source>The subject, description and files you entered are not kept.</source>
        <translation>入力した件名、説明、ファイルは保持されません。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
</context>
<context>
    <name>cv::ui::NotificationsPanel</name>
    <message>
        <source>Notifications are read from Connect: they show when the app is online.</source>
        <translation>通知は Connect から読み込まれます。アプリがオンラインのときに表示されます。</translation>
    </message>
    <message>
        <source>The notifications could not be loaded: %1</source>
        <translation>通知を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>通知はまだありません。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>To the customer, %1 · %2</source>
        <translation>顧客宛て、%1 · %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>差出人:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>宛先:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日付:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Show the request this email is about in Fulfillment</source>
        <translation>このメールに関するリクエストをフルフィルメントで表示</translation>
    </message>
    <message>
        <source>1 notification</source>
        <translation>1 件の通知</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notifications</source>
        <translation>
            <numerusform>%Ln 件の通知</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ParameterDialog</name>
    <message>
        <source>Required: the customer must fill it in</source>
        <translation>必須: 顧客が入力する必要があります</translation>
    </message>
    <message>
        <source>Unique: no two subscriptions may share a value</source>
        <translation>一意: 複数のサブスクリプションで同じ値を使用できません</translation>
    </message>
    <message>
        <source>Hidden: not shown to the customer</source>
        <translation>非表示: 顧客には表示されません</translation>
    </message>
    <message>
        <source>Edit Parameter</source>
        <translation>パラメーターの編集</translation>
    </message>
    <message>
        <source>Add Parameter</source>
        <translation>パラメーターの追加</translation>
    </message>
    <message>
        <source>Used in requests and templates as {{ id }}. Letters, digits, &quot;_&quot; and &quot;-&quot; only.</source>
        <translation>リクエストとテンプレートで {{ id }} として使用します。使用できるのは英字、数字、&quot;_&quot;、&quot;-&quot; のみです。</translation>
    </message>
    <message>
        <source>e.g. Administrator email</source>
        <translation>例: 管理者のメール アドレス</translation>
    </message>
    <message>
        <source>Help text shown under the field</source>
        <translation>フィールドの下に表示されるヘルプ テキスト</translation>
    </message>
    <message>
        <source>Asked from the customer when ordering</source>
        <translation>注文時に顧客に入力を求めます</translation>
    </message>
    <message>
        <source>Filled in by the vendor while fulfilling the request</source>
        <translation>リクエストのフルフィルメント中にベンダーが入力します</translation>
    </message>
    <message>
        <source>Set by the vendor or provider per product, item or marketplace</source>
        <translation>製品、アイテム、マーケットプレイスごとにベンダーまたはプロバイダーが設定します</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>フェーズ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>スコープ(&amp;S):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>種類(&amp;Y):</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>選択肢:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>制約:</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>Type, phase and scope are fixed once the parameter exists.</source>
        <translation>種類、フェーズ、スコープは、パラメーターの作成後は変更できません。</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>識別情報</translation>
    </message>
    <message>
        <source>Type and constraints</source>
        <translation>種類と制約</translation>
    </message>
    <message>
        <source>Delete parameter</source>
        <translation>パラメーターの削除</translation>
    </message>
    <message>
        <source>title: Give the parameter a title.</source>
        <translation>title: パラメーターのタイトルを入力してください。</translation>
    </message>
    <message>
        <source>name: Complete the ID after the &quot;param_&quot; prefix.</source>
        <translation>name: &quot;param_&quot; プレフィックスの後に続く ID を入力してください。</translation>
    </message>
    <message>
        <source>Type, phase and scope are fixed once the parameter exists: to change them, add a new parameter and delete this one.</source>
        <translation>タイプ、フェーズ、スコープはパラメーター作成後は変更できません。変更するには新しいパラメーターを追加し、これを削除してください。</translation>
    </message>
</context>
<context>
    <name>cv::ui::ParametersPage</name>
    <message>
        <source>&amp;Add Parameter</source>
        <translation>パラメーターを追加(&amp;A)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Ordering parameters are asked from the customer; fulfillment parameters are filled in by you while processing the request. Use an ID in templates as {{ id }}.</source>
        <translation>注文パラメーターは顧客に入力を求め、フルフィルメント パラメーターはリクエストの処理中にお客様が入力します。テンプレートでは ID を {{ id }} として使用します。</translation>
    </message>
    <message>
        <source>Add a parameter (Ctrl+N)</source>
        <translation>パラメーターを追加 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter by ID</source>
        <translation>ID でフィルター</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>パラメーター(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Capabilities</source>
        <translation>機能(&amp;C)</translation>
    </message>
    <message>
        <source>Add parameter %1</source>
        <translation>パラメーター %1 の追加</translation>
    </message>
    <message>
        <source>Edit parameter %1</source>
        <translation>パラメーター %1 の編集</translation>
    </message>
    <message>
        <source>Delete parameter %1</source>
        <translation>パラメーター %1 の削除</translation>
    </message>
    <message>
        <source>Parameter “%1” deleted.</source>
        <translation>パラメーター「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Filter parameters</source>
        <translation>パラメーターをフィルター</translation>
    </message>
    <message>
        <source>Matches the parameter&apos;s ID</source>
        <translation>パラメーターの ID に一致します</translation>
    </message>
</context>
<context>
    <name>cv::ui::PreviewPage</name>
    <message>
        <source>Previews run in Connect: open an account first.</source>
        <translation>プレビューは Connect で実行されます。先にアカウントを開いてください。</translation>
    </message>
    <message>
        <source>Previews run in Connect, so they need a connection: this works again once the app is online and synced.</source>
        <translation>プレビューは Connect で実行されるため、接続が必要です。アプリがオンラインになり同期されると再び使用できます。</translation>
    </message>
    <message>
        <source>This product has not reached Connect yet: sync first, then start the preview.</source>
        <translation>この製品はまだ Connect に送信されていません。先に同期してからプレビューを開始してください。</translation>
    </message>
    <message>
        <source>Add at least one item to the product before previewing it.</source>
        <translation>プレビューの前に、製品にアイテムを少なくとも 1 つ追加してください。</translation>
    </message>
    <message>
        <source>The preview could not start: %1</source>
        <translation>プレビューを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>The account was closed.</source>
        <translation>アカウントは閉じられました。</translation>
    </message>
    <message>
        <source>The preview status could not be read: %1</source>
        <translation>プレビューのステータスを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Asset %1 is ready for %2. &lt;a href=&quot;request:%3&quot;&gt;Manual processing is required for the purchase request %3: open it in Fulfillment&lt;/a&gt;</source>
        <translation>アセット %1 は %2 向けに準備できました。&lt;a href=&quot;request:%3&quot;&gt;購入リクエスト %3 には手動処理が必要です: フルフィルメントで開く&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Simulate how the product is ordered, fulfilled and seen by the customer. Connect creates a customer and a reseller account, a subscription and a purchase request on the preview connection. Keep the generated details, or turn on Customize to edit them.</source>
        <translation>製品の注文、フルフィルメント、顧客からの見え方をシミュレートします。Connect はプレビュー接続上に顧客アカウントとリセラー アカウント、サブスクリプション、購入リクエストを作成します。生成された詳細をそのまま使用するか、[カスタマイズ] をオンにして編集してください。</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>アカウントの詳細</translation>
    </message>
    <message>
        <source>C&amp;ustomize account details</source>
        <translation>アカウントの詳細をカスタマイズ(&amp;U)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Reseller (tier 1)</source>
        <translation>リセラー (ティア 1)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Contact first name</source>
        <translation>担当者の名</translation>
    </message>
    <message>
        <source>Contact last name</source>
        <translation>担当者の姓</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Asset details</source>
        <translation>アセットの詳細</translation>
    </message>
    <message>
        <source>Customize &amp;asset details</source>
        <translation>アセットの詳細をカスタマイズ(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ordering parameters:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;注文パラメーター:&lt;/b&gt; なし</translation>
    </message>
    <message>
        <source>&lt;b&gt;Item quantities&lt;/b&gt;</source>
        <translation>&lt;b&gt;アイテムの数量&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Start Preview</source>
        <translation>プレビューを開始(&amp;S)</translation>
    </message>
    <message>
        <source>Start the simulation in the preview environment (Ctrl+Return)</source>
        <translation>プレビュー環境でシミュレーションを開始します (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview status&lt;/b&gt;</source>
        <translation>&lt;b&gt;プレビューのステータス&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ordering parameters&lt;/b&gt;&lt;br&gt;Example values, as a customer would enter them. Leave a required one (*) empty to preview an order that waits for the customer: the request is Inquiring and you fill the value in on the customer&apos;s behalf, as in the lab.</source>
        <translation>&lt;b&gt;注文パラメーター&lt;/b&gt;&lt;br&gt;顧客が入力する例の値です。必須の項目 (*) を空のままにすると、顧客の対応待ちの注文をプレビューできます。リクエストは情報要求中になり、ラボと同様に顧客に代わって値を入力します。</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>プレビューを準備中…</translation>
    </message>
    <message>
        <source>in progress…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last preview&lt;/b&gt; (%1): </source>
        <extracomment>Before the result of a preview started earlier (not on this page now); %1 is its date.</extracomment>
        <translation>&lt;b&gt;前回のプレビュー&lt;/b&gt; (%1): </translation>
    </message>
    <message>
        <source>&lt;b&gt;The preview is ready.&lt;/b&gt; Purchase request %1 was approved and asset %2 is active for %3. Sign in to the customer panel to see the product as the customer does.</source>
        <translation>&lt;b&gt;プレビューの準備ができました。&lt;/b&gt;購入リクエスト %1 が承認され、アセット %2 が %3 で有効になりました。顧客パネルにサインインすると、顧客と同じように製品を確認できます。</translation>
    </message>
    <message>
        <source>Purchase request %1 is approved on this computer. The preview is ready once the approval has reached Connect: sync (F5).</source>
        <translation>購入リクエスト %1 はこのコンピューター上で承認されています。承認が Connect に届くとプレビューの準備ができます: 同期してください (F5)。</translation>
    </message>
    <message>
        <source>Purchase request %1 was rejected, so this preview ends without a subscription. Start Preview again for a new one.</source>
        <translation>購入リクエスト %1 は却下されたため、このプレビューはサブスクリプションなしで終了します。新しいプレビューを開始してください。</translation>
    </message>
    <message>
        <source>Open %1 in Fulfillment</source>
        <extracomment>%1 is a request ID.</extracomment>
        <translation>Fulfillment で %1 を開く</translation>
    </message>
    <message>
        <source>Sign in to the customer &amp;panel</source>
        <translation>顧客パネルにサインイン(&amp;P)</translation>
    </message>
    <message>
        <source>See the product as the customer sees it in the customer control panel (CCP; needs a connection)</source>
        <translation>顧客コントロールパネル (CCP) で顧客が見るとおりに製品を表示 (接続が必要)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProductListDelegate</name>
    <message>
        <source>%1 · not synced</source>
        <translation>%1 · 未同期</translation>
    </message>
    <message>
        <source>(assigned at the next sync)</source>
        <translation>(次回の同期で割り当て)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProductPage</name>
    <message>
        <source>New product (its ID comes with the next sync)</source>
        <translation>新しい製品 (ID は次回の同期で割り当てられます)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>未公開</translation>
    </message>
    <message>
        <source>● Changes saved on this computer, not synced yet</source>
        <translation>● 変更はこのコンピューターに保存されていますが、まだ同期されていません</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>The next sync sends these changes to Connect (F5 syncs now).</source>
        <translation>次回の同期でこれらの変更が Connect に送信されます (F5 で今すぐ同期)。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>UI</source>
        <translation>UI</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Back to all products (Alt+Left)</source>
        <translation>すべての製品に戻る (Alt+Left)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+%1</source>
        <translation>Ctrl+Alt+%1</translation>
    </message>
    <message>
        <source>The %1 page of the product comes here.</source>
        <translation>製品の %1 ページはここに表示されます。</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>product page: the items (SKUs) the product sells</comment>
        <translation>アイテム</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>product page: try the product as a customer</comment>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>← All products</source>
        <translation>← すべての製品</translation>
    </message>
    <message>
        <source>Product pages</source>
        <translation>製品ページ</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProfilePage</name>
    <message>
        <source>Assigned by Connect at the next sync</source>
        <translation>次回の同期で Connect が割り当てます</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>変更は入力と同時に保存されます。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>プロファイルの編集</translation>
    </message>
    <message>
        <source>Saved on this computer; sent with the next sync.</source>
        <translation>このコンピューターに保存されました。次回の同期で送信されます。</translation>
    </message>
    <message>
        <source>This change was not saved: %1</source>
        <translation>この変更は保存されませんでした: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>ロック中: %1</translation>
    </message>
    <message>
        <source>No logo.
Drop a PNG or JPEG here.</source>
        <translation>ロゴがありません。
PNG または JPEG をここにドロップしてください。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Logo saved on this computer; uploaded with the next sync.</source>
        <translation>ロゴはこのコンピューターに保存されました。次回の同期でアップロードされます。</translation>
    </message>
    <message>
        <source>Choose the product logo</source>
        <translation>製品ロゴの選択</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>製品 ID</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>ロゴ</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>ロゴを選択(&amp;L)…</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB; a square image of at least 120 × 120 pixels looks best. You can also drop a file on the logo.</source>
        <translation>PNG または JPEG、最大 1 MB。120 × 120 ピクセル以上の正方形の画像が最適です。ファイルをロゴにドロップすることもできます。</translation>
    </message>
    <message>
        <source>&amp;Short description</source>
        <translation>概要(&amp;S)</translation>
    </message>
    <message>
        <source>One or two sentences shown in catalogs and search results.</source>
        <translation>カタログや検索結果に表示される 1～2 文の説明です。</translation>
    </message>
    <message>
        <source>&amp;Detailed overview</source>
        <translation>詳細な説明(&amp;D)</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, # headings, lists, tables and links. The preview on the right shows it as customers will see it.</source>
        <translation>Markdown: **太字**、*斜体*、# 見出し、リスト、表、リンク。右側のプレビューには顧客に表示されるとおりに表示されます。</translation>
    </message>
    <message>
        <source>What the product does, who it is for, what is included…</source>
        <translation>製品の機能、対象ユーザー、含まれるもの…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Detailed overview</source>
        <translation>詳細な説明</translation>
    </message>
    <message>
        <source>“%1” was changed meanwhile (a sync or a conflict decision) while you were typing in it; your text is not saved yet. &lt;a href=&quot;theirs:%2&quot;&gt;Use the new text&lt;/a&gt; · &lt;a href=&quot;mine:%2&quot;&gt;Keep mine&lt;/a&gt;</source>
        <translation>入力中に「%1」が変更されました (同期または競合の解決による)。入力したテキストはまだ保存されていません。&lt;a href=&quot;theirs:%2&quot;&gt;新しいテキストを使用&lt;/a&gt; · &lt;a href=&quot;mine:%2&quot;&gt;自分のテキストを保持&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Logo stored on Connect (shown when online).
Drop an image here to replace it.</source>
        <translation>ロゴは Connect に保存されています (オンライン時に表示)。
置き換えるには画像をここにドロップしてください。</translation>
    </message>
    <message numerus="yes">
        <source>The short description is limited to %n characters; shorten it to save it.</source>
        <translation>
            <numerusform>短い説明は %n 文字までです。保存するには短くしてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::PublishPage</name>
    <message>
        <source>Publishing needs a connection to Connect. The checklist and the changes are shown from this computer.</source>
        <translation>公開には Connect への接続が必要です。チェックリストと変更内容はこのコンピューターのデータで表示しています。</translation>
    </message>
    <message>
        <source>Complete the required steps (marked ✗) to publish.</source>
        <translation>公開するには、必須の手順 (✗ 印) を完了してください。</translation>
    </message>
    <message>
        <source>Profile: short and detailed descriptions are filled in</source>
        <translation>プロファイル: 概要と詳細な説明が入力されています</translation>
    </message>
    <message>
        <source>Items: at least one item is defined</source>
        <translation>アイテム: 少なくとも 1 つのアイテムが定義されています</translation>
    </message>
    <message>
        <source>Items: add at least one item (required)</source>
        <translation>アイテム: 少なくとも 1 つのアイテムを追加してください (必須)</translation>
    </message>
    <message>
        <source>Parameters: defined</source>
        <translation>パラメーター: 定義済み</translation>
    </message>
    <message>
        <source>Parameters: none defined yet</source>
        <translation>パラメーター: まだ定義されていません</translation>
    </message>
    <message>
        <source>Templates: the activation template uses only known parameters</source>
        <translation>テンプレート: アクティベーション テンプレートでは既知のパラメーターのみ使用されています</translation>
    </message>
    <message>
        <source>Templates: there is no activation (asset fulfillment) template</source>
        <translation>テンプレート: アクティベーション (アセットのフルフィルメント) テンプレートがありません</translation>
    </message>
    <message>
        <source>Preview: a preview request was run</source>
        <translation>プレビュー: プレビュー リクエストを実行済みです</translation>
    </message>
    <message>
        <source>Preview: not run yet (recommended)</source>
        <translation>プレビュー: 未実行 (推奨)</translation>
    </message>
    <message>
        <source>Synced: Connect has every change of the product</source>
        <translation>同期: 製品のすべての変更が Connect にあります</translation>
    </message>
    <message>
        <source>Synced: changes wait on this computer; sync first (F5) (required)</source>
        <translation>同期: 変更がこのコンピューターで待機しています。先に同期してください (F5) (必須)</translation>
    </message>
    <message>
        <source>• The product name cannot be changed after the first version is published.
• Published items cannot be removed, and only their name, MPN and description can be edited.</source>
        <translation>• 最初のバージョンを公開した後は、製品名を変更できません。
• 公開済みのアイテムは削除できず、編集できるのは名前、MPN、説明のみです。</translation>
    </message>
    <message>
        <source>Changes since the last published version (loading…)</source>
        <translation>前回公開したバージョン以降の変更 (読み込み中…)</translation>
    </message>
    <message>
        <source>Changes: first version (compared with nothing)</source>
        <translation>変更: 最初のバージョン (比較対象なし)</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>バージョン %1 以降の変更</translation>
    </message>
    <message>
        <source>General attributes</source>
        <translation>一般属性</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>アイテム</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>製品名</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>詳細な説明</translation>
    </message>
    <message>
        <source>Customer UI settings</source>
        <translation>顧客向け UI の設定</translation>
    </message>
    <message>
        <source>versioned (takes effect when published)</source>
        <translation>バージョン管理対象 (公開時に有効)</translation>
    </message>
    <message>
        <source>live at once (not versioned)</source>
        <translation>即時反映 (バージョン管理対象外)</translation>
    </message>
    <message>
        <source>No changes since version %1</source>
        <translation>バージョン %1 以降の変更はありません</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Publish a new version of “%1”?</source>
        <translation>「%1」の新しいバージョンを公開しますか?</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>公開に失敗しました: %1</translation>
    </message>
    <message>
        <source>Version %1 of the product is published. The inventory shows it after this sync.</source>
        <translation>製品のバージョン %1 を公開しました。この同期の後にインベントリに表示されます。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Before you publish</source>
        <translation>公開前の確認</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>反映時期</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>公開(&amp;P)</translation>
    </message>
    <message>
        <source>Publish the next version of the product (Ctrl+Shift+P)</source>
        <translation>製品の次のバージョンを公開します (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Publishing the new version…</source>
        <translation>新しいバージョンを公開しています…</translation>
    </message>
    <message>
        <source>Publish Successful!</source>
        <translation>公開に成功しました!</translation>
    </message>
    <message>
        <source>Back to the checklist</source>
        <translation>チェックリストに戻る</translation>
    </message>
    <message>
        <source>Connect to compare this draft with version %1.</source>
        <translation>この下書きをバージョン %1 と比較するには Connect に接続してください。</translation>
    </message>
    <message>
        <source>Templates: unknown or broken placeholders in the activation template: %1</source>
        <translation>テンプレート: アクティベーション テンプレートに不明または不正なプレースホルダーがあります: %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because the published version is read from Connect and there is no connection now</source>
        <extracomment>%1 is the number of the last published version of the product.</extracomment>
        <translation>バージョン %1 以降の変更: 不明 (公開済みバージョンは Connect から読み取りますが、現在接続がありません)</translation>
    </message>
    <message>
        <source>Profile: add the short description</source>
        <translation>プロファイル: 短い説明を追加してください</translation>
    </message>
    <message>
        <source>Profile: add the detailed description</source>
        <translation>プロファイル: 詳細な説明を追加してください</translation>
    </message>
    <message>
        <source>Profile: add the short and detailed descriptions</source>
        <translation>プロファイル: 短い説明と詳細な説明を追加してください</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because Connect did not answer: %2</source>
        <extracomment>%1 is the number of the last published version, %2 the error Connect (or the network) gave.</extracomment>
        <translation>バージョン %1 以降の変更: 不明 (Connect が応答しませんでした: %2)</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because its contents could not be read from Connect</source>
        <extracomment>%1 is the number of the last published version of the product.</extracomment>
        <translation>バージョン %1 以降の変更: 不明 (その内容を Connect から読み取れませんでした)</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column: added, changed or removed</comment>
        <translation>変更</translation>
    </message>
    <message>
        <source>Publish checklist</source>
        <translation>公開チェックリスト</translation>
    </message>
    <message>
        <source>Changes since the last published version</source>
        <translation>前回公開したバージョンからの変更</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReasonDialog</name>
    <message numerus="yes">
        <source>Reject %Ln requests</source>
        <translation>
            <numerusform>%Ln 件のリクエストを却下</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>リクエストの却下</translation>
    </message>
    <message>
        <source>Tell the customer why the request is rejected</source>
        <translation>リクエストを却下する理由を顧客に伝えてください</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reject %Ln</source>
        <translation>
            <numerusform>%Ln 件を却下(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>却下(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reason (required, the customer sees it):</source>
        <translation>理由 (必須、顧客に表示されます)(&amp;R):</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReportCharts</name>
    <message>
        <source>Requests per day by status</source>
        <translation>ステータス別の 1 日あたりのリクエスト数</translation>
    </message>
    <message>
        <source>Requests per day by product</source>
        <translation>製品別の 1 日あたりのリクエスト数</translation>
    </message>
    <message>
        <source>Requests per day by type</source>
        <translation>種類別の 1 日あたりのリクエスト数</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Time to fulfill (approved requests; median in days: %1)</source>
        <translation>フルフィルメント所要時間（承認済みリクエスト、中央値（日）: %1）</translation>
    </message>
    <message>
        <source>Approved requests</source>
        <translation>承認済みリクエスト</translation>
    </message>
    <message>
        <source>up to %1 d</source>
        <translation>%1 日以内</translation>
    </message>
    <message>
        <source>%1-%2 d</source>
        <translation>%1～%2 日</translation>
    </message>
    <message>
        <source>over %1 d</source>
        <translation>%1 日超</translation>
    </message>
    <message>
        <source>Requests from %1 to %2: %3; approved: %4.</source>
        <translation>%1～%2 のリクエスト: %3 件、承認済み: %4 件。</translation>
    </message>
    <message>
        <source>No requests in the cache yet.</source>
        <translation>キャッシュにはまだリクエストがありません。</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReportsPage</name>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始日:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>終了日:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>製品:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>マーケットプレイス:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV にエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>Excel にエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>再実行(&amp;A)</translation>
    </message>
    <message>
        <source>Every export, with its parameters and file. Double-click one or press &quot;Run again&quot; to compute it again from the cache.</source>
        <translation>すべてのエクスポートとそのパラメーターおよびファイル。行をダブルクリックするか [再実行] を押すと、キャッシュから再計算します。</translation>
    </message>
    <message>
        <source>Ran at</source>
        <translation>実行日時</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>%1 秒で完了</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Any environment</source>
        <translation>すべての環境</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>すべての製品</translation>
    </message>
    <message>
        <source>Any marketplace</source>
        <translation>すべてのマーケットプレイス</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>%1 を %2 にエクスポートしています…</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>%1 を計算しています…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>, %1 in all: %2</source>
        <translation>、合計 %1: %2</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>レポートを計算できませんでした: %1</translation>
    </message>
    <message>
        <source>Canceled. Nothing was written.</source>
        <translation>キャンセルされました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Exported %1 to %2 in %3 s.</source>
        <translation>%1 を %2 にエクスポートしました (%3 秒)。</translation>
    </message>
    <message>
        <source>%1, computed from the cache in %2 s%3.</source>
        <translation>%1、キャッシュから %2 秒で計算しました%3。</translation>
    </message>
    <message numerus="yes">
        <source>; the first %Ln are shown</source>
        <translation>
            <numerusform>、最初の %Ln 件を表示しています</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>レポートのプレビュー</translation>
    </message>
    <message>
        <source>Report history</source>
        <translation>レポート履歴</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 on average: %2</source>
        <translation>、%1 の平均: %2</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>依頼元:</translation>
    </message>
    <message>
        <source>The provider whose marketplace sent the request</source>
        <translation>リクエストを送信したマーケットプレイスのプロバイダー</translation>
    </message>
    <message>
        <source>Any requester</source>
        <translation>すべての依頼元</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestPage</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>納税者番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>同期待ち</translation>
    </message>
    <message>
        <source>Switch to &amp;Pending</source>
        <translation>保留中に切り替え(&amp;P)</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>自分に割り当て(&amp;M)</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>メモを保存(&amp;N)</translation>
    </message>
    <message>
        <source>Changed offline; Connect receives the change at the next sync.</source>
        <translation>オフラインで変更されました。次回の同期で Connect に変更が送信されます。</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>一覧に戻る (Alt+Left)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>アイテム</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Previous quantity</source>
        <translation>以前の数量</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Write a note for this request</source>
        <translation>このリクエストのメモを入力</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>The request&apos;s no&amp;te, shared with your team and the distributor:</source>
        <translation>チームとディストリビューターと共有するリクエストのメモ(&amp;T):</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>ティア</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Requests chain</source>
        <translation>リクエスト チェーン</translation>
    </message>
    <message>
        <source>Sign in to &amp;CCP</source>
        <translation>CCP にサインイン(&amp;C)</translation>
    </message>
    <message>
        <source>See the product as the customer sees it in the customer control panel (needs a connection)</source>
        <translation>顧客コントロール パネルで顧客から見える製品を表示します (接続が必要)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · created %4</source>
        <extracomment>%1 is the product (name and ID), %2 the customer (or &quot;no customer&quot;), %3 the environment, %4 the date.</extracomment>
        <translation>%1 · %2 · %3 · 作成日時 %4</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>顧客なし</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>担当者: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>発効日</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>アセット</translation>
    </message>
    <message>
        <source>External UID</source>
        <translation>外部 UID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>ハブ</translation>
    </message>
    <message>
        <source>Marketplace and contract</source>
        <translation>マーケットプレイスと契約</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>マーケットプレイス</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Activation message</source>
        <translation>アクティベーション メッセージ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Tier 1 (reseller)</source>
        <translation>ティア 1 (リセラー)</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>ティア 2</translation>
    </message>
    <message>
        <source>No tier accounts on this request.</source>
        <translation>このリクエストにはティア アカウントがありません。</translation>
    </message>
    <message>
        <source>No note yet.</source>
        <translation>メモはまだありません。</translation>
    </message>
    <message>
        <source>Your user is not known yet; sync first.</source>
        <translation>ユーザーがまだ認識されていません。先に同期してください。</translation>
    </message>
    <message>
        <source>Required before approval.</source>
        <translation>承認前に必須です。</translation>
    </message>
    <message>
        <source>Switch to Pending</source>
        <translation>保留中に切り替え</translation>
    </message>
    <message>
        <source>Switch %1 to Pending? The request moves to your processing queue.</source>
        <translation>%1 を保留中に切り替えますか? リクエストは処理キューに移動します。</translation>
    </message>
    <message>
        <source>Switched to Pending.</source>
        <translation>保留中に切り替えました。</translation>
    </message>
    <message>
        <source>Approved. Waiting for sync.</source>
        <translation>承認しました。同期待ちです。</translation>
    </message>
    <message>
        <source>The customer is asked for more information.</source>
        <translation>顧客に追加情報を求めました。</translation>
    </message>
    <message>
        <source>Rejected. Waiting for sync.</source>
        <translation>却下しました。同期待ちです。</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>自分に割り当てました。</translation>
    </message>
    <message>
        <source>Parameters saved. Waiting for sync.</source>
        <translation>パラメーターを保存しました。同期待ちです。</translation>
    </message>
    <message>
        <source>Note saved. Waiting for sync.</source>
        <translation>メモを保存しました。同期待ちです。</translation>
    </message>
    <message>
        <source>Correct the highlighted parameter before approving.</source>
        <translation>承認する前に、強調表示されたパラメーターを修正してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>You entered parameter values that are not saved yet. Save them and approve with them?</source>
        <translation>保存されていないパラメーター値があります。保存してその値で承認しますか?</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>&amp;Inquire…</source>
        <translation>情報要求(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>承認(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>却下(&amp;R)…</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>request tab: the items the customer orders</comment>
        <translation>アイテム</translation>
    </message>
    <message>
        <source>&amp;Save and approve…</source>
        <translation>保存して承認(&amp;S)…</translation>
    </message>
    <message>
        <source>Items of the request</source>
        <translation>リクエストのアイテム</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>リクエストの詳細</translation>
    </message>
    <message>
        <source>Customer and reseller tiers</source>
        <translation>顧客とリセラーのティア</translation>
    </message>
    <message>
        <source>Notes history</source>
        <translation>メモの履歴</translation>
    </message>
    <message>
        <source>Requests of the same subscription</source>
        <translation>同じサブスクリプションのリクエスト</translation>
    </message>
    <message>
        <source>Enter opens the request</source>
        <translation>Enter でリクエストを開きます</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>すべてのリクエスト</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestParametersTab</name>
    <message>
        <source>Fulfillment parameters</source>
        <translation>フルフィルメント パラメーター</translation>
    </message>
    <message>
        <source>Ordering parameters (given by the customer)</source>
        <translation>注文パラメーター (顧客が入力)</translation>
    </message>
    <message>
        <source>&amp;Save parameters</source>
        <translation>パラメーターを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Parameters marked * are required before the request can be approved.</source>
        <translation>* の付いたパラメーターは、リクエストを承認する前に入力が必要です。</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(未選択)</translation>
    </message>
    <message>
        <source>Asked of the customer: %1</source>
        <translation>顧客への確認事項: %1</translation>
    </message>
    <message>
        <source>This product has no fulfillment parameters.</source>
        <translation>この製品にはフルフィルメント パラメーターがありません。</translation>
    </message>
    <message>
        <source>The parameters cannot be changed in this status.</source>
        <translation>このステータスではパラメーターを変更できません。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <extracomment>Read by screen readers for a required parameter; %1 is the parameter&apos;s description (may be empty).</extracomment>
        <translation>必須です。%1</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestRowDelegate</name>
    <message>
        <source>%1 · not synced</source>
        <translation>%1 · 未同期</translation>
    </message>
</context>
<context>
    <name>cv::ui::ServiceTab</name>
    <message>
        <source>One sentence shown to customers in the subscription&apos;s service tab</source>
        <translation>サブスクリプションのサービス タブで顧客に表示される 1 文</translation>
    </message>
    <message>
        <source>Markdown: the first steps after the subscription is activated</source>
        <translation>Markdown: サブスクリプションのアクティベーション後の最初の手順</translation>
    </message>
    <message>
        <source>What customers see about the service in their portal. Changes are saved as you type and sent to Connect by the next sync.</source>
        <translation>顧客がポータルで目にするサービスの情報です。変更は入力と同時に保存され、次回の同期で Connect に送信されます。</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Getting started:</source>
        <translation>はじめに(&amp;G):</translation>
    </message>
    <message>
        <source>Download links:</source>
        <translation>ダウンロード リンク:</translation>
    </message>
    <message>
        <source>Documentation:</source>
        <translation>ドキュメント:</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Edit service texts</source>
        <translation>サービス テキストの編集</translation>
    </message>
    <message>
        <source>Download links</source>
        <translation>ダウンロード リンク</translation>
    </message>
    <message>
        <source>Documentation links</source>
        <translation>ドキュメント リンク</translation>
    </message>
</context>
<context>
    <name>cv::ui::SettingsDialog</name>
    <message>
        <source>Enter the proxy&apos;s host name and a port from 1 to 65535. Until then the previous setting stays in use.</source>
        <translation>プロキシのホスト名と 1～65535 のポートを入力してください。それまでは以前の設定が使用されます。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The offline data of %1 is cleared.</source>
        <translation>%1 のオフラインデータを消去しました。</translation>
    </message>
    <message>
        <source>Some files of %1 could not be deleted: %2</source>
        <translation>%1 の一部のファイルを削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Clear offline data</source>
        <translation>オフラインデータを消去</translation>
    </message>
    <message>
        <source>The changes waiting to be sent for %1 could not be counted.</source>
        <translation>%1 の送信待ちの変更を数えられませんでした。</translation>
    </message>
    <message>
        <source>Clearing the offline data deletes them for good. The rest comes back with the next sync.</source>
        <translation>オフラインデータを消去すると、これらは完全に削除されます。その他のデータは次回の同期で戻ります。</translation>
    </message>
    <message>
        <source>Clear and lose the changes</source>
        <translation>消去して変更を破棄</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Offline data</source>
        <translation>オフラインデータ</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>システムと同じ</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>システムと同じ (%1)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>ウィンドウを閉じてもトレイで実行を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>The tray icon shows the pending requests and has Sync now, Pause sync and Quit.</source>
        <translation>トレイアイコンには保留中のリクエストが表示され、「今すぐ同期」「同期を一時停止」「終了」を選べます。</translation>
    </message>
    <message>
        <source>This desktop shows no tray icon, so closing the window quits.</source>
        <translation>このデスクトップはトレイアイコンを表示しないため、ウィンドウを閉じると終了します。</translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>自動的に同期(&amp;A)</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>同期の間隔(&amp;E):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Sync when an account &amp;opens</source>
        <translation>アカウントを開いたときに同期(&amp;O)</translation>
    </message>
    <message>
        <source>While automatic sync is off, nothing is sent or fetched until you choose Sync now (F5). Changes made here are kept on this computer meanwhile.</source>
        <translation>自動同期がオフの間は、「今すぐ同期」(F5) を選ぶまで何も送受信されません。その間の変更はこのコンピューターに保持されます。</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>システムのプロキシ設定を使用(&amp;S)</translation>
    </message>
    <message>
        <source>Use this HTTP &amp;proxy:</source>
        <translation>次の HTTP プロキシを使用(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>Used for Connect endpoints. The sandbox on this computer is reached directly.</source>
        <translation>Connect のエンドポイントに使用します。このコンピューター上のサンドボックスには直接接続します。</translation>
    </message>
    <message>
        <source>New &amp;pending requests after a sync</source>
        <translation>同期後の新しい保留中リクエスト(&amp;P)</translation>
    </message>
    <message>
        <source>Sync &amp;failures that need you (a refused API key, offline data that cannot be written)</source>
        <translation>対応が必要な同期エラー (API キーの拒否、オフラインデータの書き込み失敗)(&amp;F)</translation>
    </message>
    <message>
        <source>New &amp;conflicts</source>
        <translation>新しい競合(&amp;C)</translation>
    </message>
    <message>
        <source>Publish &amp;finished</source>
        <translation>公開の完了(&amp;F)</translation>
    </message>
    <message>
        <source>Shown as desktop notifications from the tray icon. Being offline is never notified: the app retries by itself.</source>
        <translation>トレイアイコンからデスクトップ通知として表示されます。オフラインになっても通知されません (アプリが自動で再試行します)。</translation>
    </message>
    <message>
        <source>Offline data is kept in:</source>
        <translation>オフラインデータの保存先:</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>未送信の変更</translation>
    </message>
    <message>
        <source>C&amp;lear offline data…</source>
        <translation>オフラインデータを消去(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete the selected account&apos;s offline data; the next sync fetches it again</source>
        <translation>選択したアカウントのオフラインデータを削除します。次回の同期で再取得されます</translation>
    </message>
    <message>
        <source>1 change made on this computer for %1 has not been sent to Connect yet.</source>
        <translation>%1 についてこのコンピューターで行った 1 件の変更が、まだ Connect に送信されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n changes made on this computer for %1 have not been sent to Connect yet.</source>
        <translation>
            <numerusform>%1 についてこのコンピューターで行った %n 件の変更が、まだ Connect に送信されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline data per account</source>
        <translation>アカウントごとのオフライン データ</translation>
    </message>
    <message>
        <source>Light and Dark use the Fusion style with a light or dark palette; the previews of Markdown, templates and the customer panel follow the theme.</source>
        <translation>ライトとダークは、明るいパレットまたは暗いパレットで Fusion スタイルを使用します。Markdown、テンプレート、顧客パネルのプレビューはテーマに従います。</translation>
    </message>
</context>
<context>
    <name>cv::ui::StepDialog</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1 / %2: %3</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <extracomment>Beside a disabled Add/Next button; %1 lists form fields (&quot;Description, Name&quot;).</extracomment>
        <translation>未入力: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::SyncStatusWidget</name>
    <message>
        <source>Enter key…</source>
        <translation>キーを入力…</translation>
    </message>
    <message>
        <source>sending changes %1/%2</source>
        <extracomment>Sync progress: %1 changes of %2 sent so far.</extracomment>
        <translation>変更を送信中 %1/%2</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source> · 1 change waiting to be sent</source>
        <extracomment>Added after the sync state in the status bar (&quot;Synced at 14:05 · 1 change waiting to be sent&quot;).</extracomment>
        <translation> · 送信待ちの変更 1 件</translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation>同期するものはありません</translation>
    </message>
    <message>
        <source>Opening the account…</source>
        <extracomment>%1 is the progress, e.g. &quot;upgrading the offline data: 40%&quot;.</extracomment>
        <translation>アカウントを開いています…</translation>
    </message>
    <message>
        <source>No API key available: working offline</source>
        <translation>API キーがありません: オフラインで作業中</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <extracomment>%1 is the progress, e.g. &quot;sending changes 3/10&quot;.</extracomment>
        <translation>同期しています… %1</translation>
    </message>
    <message>
        <source>Offline: changes are saved here and sent when the connection is back</source>
        <translation>オフライン: 変更はここに保存され、接続が回復したときに送信されます</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <extracomment>%1 is the error, as Connect or the network gave it.</extracomment>
        <translation>同期に失敗しました: %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <extracomment>%1 is the time of the last sync.</extracomment>
        <translation>%1 に同期済み</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>⚠ 1 conflict</source>
        <translation>⚠ 競合 1 件</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln changes waiting to be sent</source>
        <translation>
            <numerusform> · 送信待ちの変更 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflicts</source>
        <translation>
            <numerusform>⚠ 競合 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>upgrading the offline data: %1%</source>
        <extracomment>Shown while an older build&apos;s offline data is converted; %1 is how far, in percent.</extracomment>
        <translation>オフライン データをアップグレードしています: %1%</translation>
    </message>
    <message>
        <source> · 1 change refused by Connect</source>
        <extracomment>Added after the sync state in the status bar (&quot;Synced at 14:05 · 1 change refused by Connect&quot;).</extracomment>
        <translation> · Connect が拒否した変更 1 件</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln changes refused by Connect</source>
        <translation>
            <numerusform> · Connect が拒否した変更 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the account… %1</source>
        <translation>アカウントを開いています… %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::TemplatesTab</name>
    <message>
        <source>New template</source>
        <translation>新しいテンプレート</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>すべてのテンプレート</translation>
    </message>
    <message>
        <source>Subscription: activation</source>
        <translation>サブスクリプション: アクティベーション</translation>
    </message>
    <message>
        <source>Subscription: inquire</source>
        <translation>サブスクリプション: 情報要求</translation>
    </message>
    <message>
        <source>Subscription: pending</source>
        <translation>サブスクリプション: 保留中</translation>
    </message>
    <message>
        <source>Tier 1 setup</source>
        <translation>ティア 1 の設定</translation>
    </message>
    <message>
        <source>Tier 2 setup</source>
        <translation>ティア 2 の設定</translation>
    </message>
    <message>
        <source>Markdown. Type {{ to insert a parameter.</source>
        <translation>Markdown。{{ と入力するとパラメーターを挿入できます。</translation>
    </message>
    <message>
        <source>Insert parameter</source>
        <translation>パラメーターを挿入</translation>
    </message>
    <message>
        <source>Insert {{ parameter_id }} at the cursor</source>
        <translation>カーソル位置に {{ parameter_id }} を挿入</translation>
    </message>
    <message>
        <source>Render with example values (Ctrl+P)</source>
        <translation>例の値で表示 (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>A default template (cannot be deleted)</source>
        <translation>既定のテンプレート (削除できません)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Default templates cannot be deleted.</source>
        <translation>既定のテンプレートは削除できません。</translation>
    </message>
    <message>
        <source>Not available in this template&apos;s phase</source>
        <translation>このテンプレートのフェーズでは使用できません</translation>
    </message>
    <message>
        <source>Activation form link (%1)</source>
        <translation>アクティベーション フォームのリンク (%1)</translation>
    </message>
    <message>
        <source>The product has no parameters yet</source>
        <translation>この製品にはまだパラメーターがありません</translation>
    </message>
    <message>
        <source>Unknown parameter: %1</source>
        <translation>不明なパラメーター: %1</translation>
    </message>
    <message>
        <source>✓ Every parameter is known.</source>
        <translation>✓ すべてのパラメーターが既知です。</translation>
    </message>
    <message>
        <source>Variables used: none</source>
        <translation>使用されている変数: なし</translation>
    </message>
    <message>
        <source>Variables used: %1</source>
        <translation>使用されている変数: %1</translation>
    </message>
    <message>
        <source>Edit template %1</source>
        <translation>テンプレート %1 の編集</translation>
    </message>
    <message>
        <source># Thank you for your order

</source>
        <translation># ご注文ありがとうございます

</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>新しいテンプレート %1</translation>
    </message>
    <message>
        <source>Add template %1</source>
        <translation>テンプレート %1 の追加</translation>
    </message>
    <message>
        <source>Delete template %1</source>
        <translation>テンプレート %1 の削除</translation>
    </message>
    <message>
        <source>“{{ %1 }}” is not a parameter: put exactly one parameter ID between {{ and }}.</source>
        <translation>「{{ %1 }}」はパラメーターではありません。{{ と }} の間にはパラメーター ID を 1 つだけ入力してください。</translation>
    </message>
    <message>
        <source>“{{ %1” is not closed: end it with }}.</source>
        <translation>「{{ %1」が閉じられていません。}} で閉じてください。</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>テンプレート「%1」を削除しました。</translation>
    </message>
    <message>
        <source>%1 is a configuration parameter; this template can use ordering and fulfillment parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 は構成パラメーターです。このテンプレートでは注文パラメーターとフルフィルメントパラメーターを使用できます。</translation>
    </message>
    <message>
        <source>%1 is not an ordering or fulfillment parameter; this template can use only those.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 は注文パラメーターでもフルフィルメントパラメーターでもありません。このテンプレートではこれらのみ使用できます。</translation>
    </message>
    <message>
        <source>%1 is a fulfillment parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 はフルフィルメントパラメーターです。このテンプレートでは注文パラメーターのみ使用できます。</translation>
    </message>
    <message>
        <source>%1 is a configuration parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 は構成パラメーターです。このテンプレートでは注文パラメーターのみ使用できます。</translation>
    </message>
    <message>
        <source>%1 is not an ordering parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 は注文パラメーターではありません。このテンプレートでは注文パラメーターのみ使用できます。</translation>
    </message>
    <message>
        <source>Preview the template in this language</source>
        <translation>この言語でテンプレートをプレビュー</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A parameter in the Insert menu: %1 its title, %2 its ID, %3 its phase (&quot;Ordering&quot;…).</extracomment>
        <translation>%1 (%2、%3)</translation>
    </message>
    <message>
        <source>English (source)</source>
        <translation>英語 (原文)</translation>
    </message>
    <message>
        <source>Template kind filter</source>
        <translation>テンプレートの種類のフィルター</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>テンプレートの本文</translation>
    </message>
    <message>
        <source>Preview language</source>
        <translation>プレビューの言語</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <extracomment>The preview window&apos;s title; %1 is the template&apos;s name.</extracomment>
        <translation>プレビュー: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::TokenDialog</name>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>トークンをコピー</translation>
    </message>
    <message>
        <source>Copy header</source>
        <translation>ヘッダーをコピー</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>トークンを生成</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>The token may only call the API of the modules ticked here.</source>
        <translation>このトークンは、ここでチェックしたモジュールの API のみを呼び出せます。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Copy the token now. Connect shows it only this once and this app does not keep it: when you close this window it is gone. If you lose it, generate a new token and delete this one.</source>
        <translation>今すぐトークンをコピーしてください。Connect がトークンを表示するのはこの一度だけで、このアプリは保持しません。このウィンドウを閉じると失われます。紛失した場合は、新しいトークンを生成してこのトークンを削除してください。</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Authorization header for your scripts</source>
        <translation>スクリプト用の Authorization ヘッダー</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>No account is open: a token is generated by Connect for an account.</source>
        <translation>アカウントが開かれていません。トークンはアカウントに対して Connect が生成します。</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>生成しています…</translation>
    </message>
    <message>
        <source>Could not reach Connect, so no secret can be shown: Connect makes it and shows it only in its answer. Try again when online; if a token of this name shows up after the next sync (the answer was lost on the way), delete it. (%1)</source>
        <translation>Connect に接続できなかったため、シークレットを表示できません。シークレットは Connect が作成し、その応答でのみ表示されます。オンライン時に再試行してください。次回の同期後にこの名前のトークンが表示された場合 (途中で応答が失われた場合) は、そのトークンを削除してください。(%1)</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; (%2) is ready</source>
        <translation>トークン &quot;%1&quot; (%2) の準備ができました</translation>
    </message>
</context>
<context>
    <name>cv::ui::TokensView</name>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The change could not be saved in the offline cache, so nothing was changed: %1</source>
        <translation>オフライン キャッシュに変更を保存できなかったため、何も変更されていません: %1</translation>
    </message>
    <message>
        <source>Delete token</source>
        <translation>トークンの削除</translation>
    </message>
    <message>
        <source>Delete the token &quot;%1&quot; (%2)? Scripts and extensions using it can no longer call Connect.</source>
        <translation>トークン &quot;%1&quot; (%2) を削除しますか? このトークンを使用するスクリプトや拡張機能は Connect を呼び出せなくなります。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>%1: waiting for sync. The change is saved here and goes to Connect with the next sync.</source>
        <translation>%1: 同期待ち。変更はここに保存され、次回の同期で Connect に送信されます。</translation>
    </message>
    <message>
        <source>Select a token to see its details. Generate one for each script or system that calls Connect, so that each can be turned off on its own.</source>
        <translation>トークンを選択すると詳細が表示されます。Connect を呼び出すスクリプトやシステムごとにトークンを生成すると、それぞれを個別に無効にできます。</translation>
    </message>
    <message>
        <source>%1 · owner %2 · extension %3 · modules: %4</source>
        <translation>%1 · 所有者 %2 · 拡張機能 %3 · モジュール: %4</translation>
    </message>
    <message>
        <source>all (no restriction)</source>
        <translation>すべて (制限なし)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>トークンを生成</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>有効化</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>拡張機能</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>すべてのモジュール</translation>
    </message>
    <message>
        <source>Search by name, ID, description…</source>
        <translation>名前、ID、説明で検索…</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>トークンを検索</translation>
    </message>
    <message>
        <source>Matches the token&apos;s name, ID or description</source>
        <translation>トークンの名前、ID、説明に一致します</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API トークン</translation>
    </message>
    <message>
        <source>Token status filter</source>
        <translation>トークン ステータスのフィルター</translation>
    </message>
</context>
<context>
    <name>cv::ui::TranslationImportDialog</name>
    <message>
        <source>Upload translations: %1</source>
        <translation>翻訳のアップロード: %1</translation>
    </message>
    <message>
        <source>Fields of %1 that will change: %2.</source>
        <translation>変更される %1 のフィールド: %2。</translation>
    </message>
    <message>
        <source>Left as they are: %1 unchanged, %2 empty (not translated), %3 fuzzy, %4 obsolete.</source>
        <translation>そのままのもの: 変更なし %1 件、空 (未翻訳) %2 件、あいまい %3 件、廃止 %4 件。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>After the upload</source>
        <translation>アップロード後</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>(not translated)</source>
        <translation>(未翻訳)</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>古い</translation>
    </message>
    <message>
        <source>New translation</source>
        <translation>新しい翻訳</translation>
    </message>
    <message>
        <source>The file translated &quot;%1&quot;; the text is now &quot;%2&quot;.</source>
        <translation>ファイルは「%1」を翻訳していますが、現在のテキストは「%2」です。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply the outdated translation too (its source text changed since)</source>
        <translation>古くなった翻訳も適用する (その後ソース テキストが変更されています)</translation>
    </message>
    <message numerus="yes">
        <source>Apply the %n outdated translations too (their source text changed since)</source>
        <translation>
            <numerusform>古くなった %n 件の翻訳も適用する (その後ソース テキストが変更されています)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::TrayController</name>
    <message>
        <source>Open Connect Vendor Desktop</source>
        <translation>Connect Vendor Desktop を開く</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>Pause sync</source>
        <translation>同期を一時停止</translation>
    </message>
    <message>
        <source>Resume sync</source>
        <translation>同期を再開</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>%1: %2 for %3</source>
        <translation>%1: %3 の %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>New pending request</source>
        <translation>新しい保留中のリクエスト</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new pending requests</source>
        <translation>
            <numerusform>%Ln 件の新しい保留中のリクエスト</numerusform>
        </translation>
    </message>
    <message>
        <source>New conflict</source>
        <translation>新しい競合</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflicts</source>
        <translation>
            <numerusform>%n 件の新しい競合</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the same fields were changed here and on Connect. Open the window to choose what to keep.</source>
        <translation>%1: 同じフィールドがこちらと Connect の両方で変更されました。ウィンドウを開いて残す内容を選んでください。</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>同期が停止しました</translation>
    </message>
    <message>
        <source>The offline data of %1 could not be written: %2</source>
        <translation>%1 のオフラインデータを書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Sync needs you</source>
        <translation>同期に対応が必要です</translation>
    </message>
    <message>
        <source>Connect refused the API key of %1. Sign in again with a valid key.</source>
        <translation>Connect が %1 の API キーを拒否しました。有効なキーで再度サインインしてください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Publish finished</source>
        <translation>公開が完了しました</translation>
    </message>
    <message>
        <source>Version %1 of %2 is published.</source>
        <translation>%2 のバージョン %1 を公開しました。</translation>
    </message>
    <message>
        <source>Connect Vendor Desktop: 1 pending request</source>
        <translation>Connect Vendor Desktop: 保留中のリクエスト 1 件</translation>
    </message>
    <message numerus="yes">
        <source>Connect Vendor Desktop: %Ln pending requests</source>
        <translation>
            <numerusform>Connect Vendor Desktop: 保留中のリクエスト %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect Vendor Desktop: no pending requests</source>
        <translation>Connect Vendor Desktop: 保留中のリクエストはありません</translation>
    </message>
    <message>
        <source>%1 (sync paused)</source>
        <translation>%1 (同期一時停止中)</translation>
    </message>
</context>
<context>
    <name>cv::ui::UiPage</name>
    <message>
        <source>Customer UI</source>
        <translation>顧客向け UI</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>サービス(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>テンプレート(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>アクション(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Localization</source>
        <translation>ローカライズ(&amp;L)</translation>
    </message>
</context>
<context>
    <name>cv::ui::UndoToast</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Bring it back (Ctrl+Z)</source>
        <translation>元に戻す (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>cv::ui::UploadCheckDialog</name>
    <message>
        <source>Usage file not uploaded</source>
        <translation>使用量ファイルはアップロードされませんでした</translation>
    </message>
    <message>
        <source>%1 cannot be uploaded: %2. Nothing was sent.</source>
        <translation>%1 はアップロードできません: %2。何も送信されていません。</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>1 problem in %1; nothing was sent. Correct it in the spreadsheet and upload it again. Click the problem to see its cell.</source>
        <translation>%1 に 1 件の問題があります。何も送信されていません。スプレッドシートで修正して、もう一度アップロードしてください。問題をクリックすると該当するセルが表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n problems in %1; nothing was sent. Correct them in the spreadsheet and upload it again. Click a problem to see its cell.</source>
        <translation>
            <numerusform>%1 に %n 件の問題があります。何も送信されていません。スプレッドシートで修正して、もう一度アップロードしてください。問題をクリックすると該当するセルが表示されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::UsageFilePage</name>
    <message>
        <source>← Usage files</source>
        <translation>← 使用量ファイル</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>テンプレートをダウンロード…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>アイテム</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>開始 (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>終了 (UTC)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>%1 · waiting for sync</source>
        <translation>%1 · 同期待ち</translation>
    </message>
    <message>
        <source>%1 · product %2 (%3) · marketplace %4 · contract %5
Period %6 to %7 (UTC) · schema %8 · currency %9 · records: %10 valid, %11 invalid, %12 closed</source>
        <translation>%1 · 製品 %2 (%3) · マーケットプレイス %4 · 契約 %5
期間 %6～%7 (UTC) · スキーマ %8 · 通貨 %9 · レコード: 有効 %10、無効 %11、クローズ %12</translation>
    </message>
    <message>
        <source>Acceptance note: %1</source>
        <translation>承諾メモ: %1</translation>
    </message>
    <message>
        <source>Rejection note: %1</source>
        <translation>却下メモ: %1</translation>
    </message>
    <message>
        <source>Connect found problems in the upload:
%1</source>
        <translation>Connect がアップロードで問題を検出しました:
%1</translation>
    </message>
    <message>
        <source>Usage records</source>
        <translation>使用量レコード</translation>
    </message>
</context>
<context>
    <name>cv::ui::UsagePage</name>
    <message>
        <source>No account is open.</source>
        <translation>アカウントが開かれていません。</translation>
    </message>
    <message>
        <source>The template could not be made: %1</source>
        <translation>テンプレートを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a usage file (%2 MB).</source>
        <translation>%1 は使用量ファイルとしては大きすぎます (%2 MB)。</translation>
    </message>
    <message>
        <source>The upload was not queued: %1</source>
        <translation>アップロードはキューに追加されませんでした: %1</translation>
    </message>
    <message>
        <source>Save usage template</source>
        <translation>使用量テンプレートを保存</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Usage template</source>
        <translation>使用量テンプレート</translation>
    </message>
    <message>
        <source>Upload usage file</source>
        <translation>使用量ファイルをアップロード</translation>
    </message>
    <message>
        <source>Why is the usage rejected? (required)</source>
        <translation>使用量を却下する理由 (必須)</translation>
    </message>
    <message>
        <source>Acceptance note (optional):</source>
        <translation>承諾メモ (任意):</translation>
    </message>
    <message>
        <source>Usage file</source>
        <translation>使用量ファイル</translation>
    </message>
    <message>
        <source>Search by name, product, marketplace or id</source>
        <translation>名前、製品、マーケットプレイス、ID で検索</translation>
    </message>
    <message>
        <source>Create usage file…</source>
        <translation>使用量ファイルを作成…</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>テンプレートをダウンロード…</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>アップロード…</translation>
    </message>
    <message>
        <source>Select a file to download its template or upload its filled spreadsheet; open it for its records and actions.</source>
        <translation>ファイルを選択するとテンプレートのダウンロードや記入済みスプレッドシートのアップロードができます。開くとレコードと操作が表示されます。</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>マーケットプレイス</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Search usage files</source>
        <translation>使用量ファイルを検索</translation>
    </message>
    <message>
        <source>Matches the file&apos;s name, product, marketplace or ID</source>
        <translation>ファイルの名前、製品、マーケットプレイス、ID に一致します</translation>
    </message>
    <message>
        <source>Usage files</source>
        <translation>使用量ファイル</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>ステータスのフィルター</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>テンプレートを %1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>cv::ui::VerifierView</name>
    <message>
        <source>Could not reach Connect to read the secret; paste it instead.</source>
        <translation>シークレットを読み取るために Connect に接続できませんでした。代わりに貼り付けてください。</translation>
    </message>
    <message>
        <source>Secret read from Connect.</source>
        <translation>Connect からシークレットを読み取りました。</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>Paste a call Connect made to your handler: the header lines (at least Authorization), a blank line, then the body. The check uses the webhook&apos;s secret: its Bearer token must be signed with it (JWT, HS256), not expired, and carry the same values as the body.</source>
        <translation>Connect がハンドラーに対して行った呼び出しを貼り付けてください: ヘッダー行 (少なくとも Authorization)、空行、本文の順です。検証には Webhook のシークレットを使用します。Bearer トークンはそのシークレットで署名 (JWT、HS256) され、期限切れでなく、本文と同じ値を含んでいる必要があります。</translation>
    </message>
    <message>
        <source>Webhook and its secret</source>
        <translation>Webhook とそのシークレット</translation>
    </message>
    <message>
        <source>JWT secret (read it from Connect or paste it)</source>
        <translation>JWT シークレット (Connect から読み取るか貼り付け)</translation>
    </message>
    <message>
        <source>Read from Connect</source>
        <translation>Connect から読み取る</translation>
    </message>
    <message>
        <source>Received call</source>
        <translation>受信した呼び出し</translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation>デコードされたトークン</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook シークレット</translation>
    </message>
    <message>
        <source>The JWT secret the webhook&apos;s calls are signed with</source>
        <translation>Webhook の呼び出しの署名に使用される JWT シークレット</translation>
    </message>
</context>
<context>
    <name>cv::ui::WebhookWizard</name>
    <message>
        <source>Copied. Paste it into your handler&apos;s configuration: it verifies each call with it.</source>
        <translation>コピーしました。ハンドラーの設定に貼り付けてください。ハンドラーはこれを使用して各呼び出しを検証します。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Name the webhook after what it does, so the team recognises it in the list.</source>
        <translation>チームが一覧で識別できるように、Webhook の役割がわかる名前を付けてください。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Connect calls your URL when objects of this class change for this product.</source>
        <translation>この製品でこのクラスのオブジェクトが変更されると、Connect が指定の URL を呼び出します。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <source>External URL</source>
        <translation>外部 URL</translation>
    </message>
    <message>
        <source>JWT secret</source>
        <translation>JWT シークレット</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>追加ヘッダー</translation>
    </message>
    <message>
        <source>One &quot;Name: value&quot; per line, added to every call.</source>
        <translation>1 行に 1 つずつ &quot;Name: value&quot; を指定します。すべての呼び出しに追加されます。</translation>
    </message>
    <message>
        <source>kept as Connect holds it</source>
        <translation>Connect 上の値を保持</translation>
    </message>
    <message>
        <source>(copy it in step 3)</source>
        <translation>(ステップ 3 でコピーしてください)</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Webhook の編集</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>新しい Webhook</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配信</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1 / %2: %3</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create webhook</source>
        <translation>Webhook を作成</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>新しいシークレット</translation>
    </message>
    <message>
        <source>Connect keeps this webhook&apos;s secret. Select the webhook and use &quot;Copy secret&quot; to read it.</source>
        <translation>この Webhook のシークレットは Connect が保持しています。Webhook を選択し、[シークレットをコピー] で読み取ってください。</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <source>Connect signs each call with this secret (JWT, HS256). Copy it now into your handler; the app does not write it anywhere.</source>
        <translation>Connect はこのシークレットで各呼び出しに署名します (JWT、HS256)。今すぐハンドラーにコピーしてください。このアプリはシークレットをどこにも書き込みません。</translation>
    </message>
    <message>
        <source>Save keeps the changes here at once; the next sync sends them to Connect.</source>
        <translation>保存すると変更はすぐにここに保持され、次回の同期で Connect に送信されます。</translation>
    </message>
    <message>
        <source>Create webhook saves it here at once; the next sync creates it on Connect.</source>
        <translation>「Webhook を作成」ですぐにここに保存され、次回の同期で Connect 上に作成されます。</translation>
    </message>
</context>
<context>
    <name>cv::ui::WebhooksView</name>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The webhook could not be saved in the offline cache, so nothing was changed: %1</source>
        <translation>オフライン キャッシュに Webhook を保存できなかったため、何も変更されていません: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>変更を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Webhook の削除</translation>
    </message>
    <message>
        <source>Delete the webhook &quot;%1&quot;? Connect stops calling %2.</source>
        <translation>Webhook &quot;%1&quot; を削除しますか? Connect は %2 の呼び出しを停止します。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>This webhook is not on Connect yet: sync first, then send the test.</source>
        <translation>この Webhook はまだ Connect 上にありません。先に同期してからテストを送信してください。</translation>
    </message>
    <message>
        <source>Sending the test…</source>
        <translation>テストを送信しています…</translation>
    </message>
    <message>
        <source>Test refused at %1 UTC. %2</source>
        <translation>%1 UTC にテストが拒否されました。%2</translation>
    </message>
    <message>
        <source>Could not reach Connect at %1 UTC: the test needs a connection. (%2)</source>
        <translation>%1 UTC に Connect に接続できませんでした。テストには接続が必要です。(%2)</translation>
    </message>
    <message>
        <source>Test sent at %1 UTC. Connect answered %2 after %3 ms and calls %4 now.</source>
        <translation>%1 UTC にテストを送信しました。Connect は %3 ミリ秒後に %2 を返し、現在 %4 を呼び出しています。</translation>
    </message>
    <message>
        <source>No answer from your handler recorded yet.</source>
        <translation>ハンドラーからの応答はまだ記録されていません。</translation>
    </message>
    <message>
        <source>Your handler answered %1 at %2 UTC (%3 ms).</source>
        <translation>ハンドラーが %2 UTC に %1 を返しました (%3 ミリ秒)。</translation>
    </message>
    <message>
        <source>The call failed at %1 UTC: %2 %3</source>
        <translation>%1 UTC に呼び出しが失敗しました: %2 %3</translation>
    </message>
    <message>
        <source>Secret copied (%1). It goes to Connect with the next sync.</source>
        <translation>シークレットをコピーしました (%1)。次回の同期で Connect に送信されます。</translation>
    </message>
    <message>
        <source>Connect makes this webhook&apos;s secret when the webhook reaches it: sync first.</source>
        <translation>Webhook のシークレットは、Webhook が Connect に届いた時点で Connect が作成します。先に同期してください。</translation>
    </message>
    <message>
        <source>Could not read the secret from Connect: %1</source>
        <translation>Connect からシークレットを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Secret copied (%1). Connect keeps it; this app does not write it anywhere.</source>
        <translation>シークレットをコピーしました (%1)。シークレットは Connect が保持し、このアプリはどこにも書き込みません。</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効にする</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>有効にする</translation>
    </message>
    <message>
        <source>Waiting for sync: this webhook&apos;s change is saved here and goes to Connect with the next sync.</source>
        <translation>同期待ち: この Webhook の変更はここに保存され、次回の同期で Connect に送信されます。</translation>
    </message>
    <message>
        <source>Select a webhook to see where Connect sends it, test it, or copy its secret.</source>
        <translation>Webhook を選択すると、Connect の送信先の確認、テスト、シークレットのコピーができます。</translation>
    </message>
    <message>
        <source>new, not on Connect yet</source>
        <translation>新規、Connect には未作成</translation>
    </message>
    <message>
        <source>Search by label, product, URL…</source>
        <translation>ラベル、製品、URL で検索…</translation>
    </message>
    <message>
        <source>Enabled and disabled</source>
        <translation>有効と無効</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>新しい Webhook</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>テストを送信</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>シークレットをコピー</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>最終呼び出し</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>The call failed at %1 UTC: no answer. %2</source>
        <translation>%1 UTC に呼び出しが失敗しました: 応答がありません。%2</translation>
    </message>
    <message>
        <source>Could not read the secret from Connect: there is no connection.</source>
        <translation>Connect からシークレットを読み取れませんでした: 接続がありません。</translation>
    </message>
    <message>
        <source>1 call, %1 failed</source>
        <translation>呼び出し 1 回、失敗 %1 回</translation>
    </message>
    <message numerus="yes">
        <source>%n calls, %1 failed</source>
        <extracomment>How often Connect called the webhook; %1 is how many of those failed.</extracomment>
        <translation>
            <numerusform>呼び出し %n 回、失敗 %1 回</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · calls %2 · %3</source>
        <extracomment>%1 is the webhook&apos;s ID (or &quot;new, not on Connect yet&quot;), %2 the URL Connect calls, %3 the call counts.</extracomment>
        <translation>%1 · 呼び出し %2 · %3</translation>
    </message>
    <message>
        <source>Search webhooks</source>
        <translation>Webhook を検索</translation>
    </message>
    <message>
        <source>Matches the webhook&apos;s label, product or URL</source>
        <translation>Webhook のラベル、製品、URL に一致します</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook status filter</source>
        <translation>Webhook ステータスのフィルター</translation>
    </message>
</context>
<context>
    <name>cv::ui::WordingProxyModel</name>
    <message>
        <source>Changed here; sent to Connect by the next sync</source>
        <translation>ここで変更されました。次回の同期で Connect に送信されます</translation>
    </message>
</context>
</TS>
