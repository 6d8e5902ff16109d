<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AgreementLabels</name>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Дистрибуция</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Синдикация</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Реферальное</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Pending signature</source>
        <translation>Ожидает подписи</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Нет регистрации</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>New version to sign</source>
        <translation>Новая версия на подпись</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>contract status</comment>
        <translation>Активно</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Inquiring</source>
        <translation>Запрос данных</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>support case state: waiting for support</comment>
        <translation>Ожидает</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Detailed overview</source>
        <translation>Подробный обзор</translation>
    </message>
    <message>
        <source>Service description</source>
        <translation>Описание сервиса</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <source>Download links</source>
        <translation>Ссылки для скачивания</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Документация</translation>
    </message>
    <message>
        <source>Action URL</source>
        <translation>URL действия</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Расчётный период</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>ID действия</translation>
    </message>
</context>
<context>
    <name>IntegrationLabels</name>
    <message>
        <source>Inactive</source>
        <translation>Неактивно</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истекло</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Продлено</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Включено</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключено</translation>
    </message>
    <message>
        <source>Fulfillment requests</source>
        <translation>Запросы на выполнение</translation>
    </message>
    <message>
        <source>Tier configuration requests</source>
        <translation>Запросы конфигурации уровня</translation>
    </message>
    <message>
        <source>Tier account requests</source>
        <translation>Запросы учётной записи уровня</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Запросы листинга</translation>
    </message>
    <message>
        <source>Billing requests</source>
        <translation>Запросы на выставление счетов</translation>
    </message>
    <message>
        <source>Usage files</source>
        <translation>Файлы использования</translation>
    </message>
    <message>
        <source>Any change (event)</source>
        <translation>Любое изменение (событие)</translation>
    </message>
    <message>
        <source>Draft validation</source>
        <translation>Проверка черновика</translation>
    </message>
    <message>
        <source>Inquiring validation</source>
        <translation>Проверка запроса данных</translation>
    </message>
    <message>
        <source>Change validation</source>
        <translation>Проверка изменения</translation>
    </message>
    <message>
        <source>Change inquiring validation</source>
        <translation>Проверка запроса данных при изменении</translation>
    </message>
    <message>
        <source>Renewal validation</source>
        <translation>Проверка продления</translation>
    </message>
    <message>
        <source>Renewal inquiring validation</source>
        <translation>Проверка запроса данных при продлении</translation>
    </message>
    <message>
        <source>Transfer validation</source>
        <translation>Проверка передачи</translation>
    </message>
    <message>
        <source>Transfer inquiring validation</source>
        <translation>Проверка запроса данных при передаче</translation>
    </message>
    <message>
        <source>Draft tier 1 configuration validation</source>
        <translation>Проверка черновика конфигурации уровня 1</translation>
    </message>
    <message>
        <source>Draft tier 2 configuration validation</source>
        <translation>Проверка черновика конфигурации уровня 2</translation>
    </message>
    <message>
        <source>Tier 1 setup inquiring validation</source>
        <translation>Проверка запроса данных при настройке уровня 1</translation>
    </message>
    <message>
        <source>Tier 2 setup inquiring validation</source>
        <translation>Проверка запроса данных при настройке уровня 2</translation>
    </message>
    <message>
        <source>Tier 1 update validation</source>
        <translation>Проверка обновления уровня 1</translation>
    </message>
    <message>
        <source>Tier 2 update validation</source>
        <translation>Проверка обновления уровня 2</translation>
    </message>
    <message>
        <source>Tier 1 update inquiring validation</source>
        <translation>Проверка запроса данных при обновлении уровня 1</translation>
    </message>
    <message>
        <source>Tier 2 update inquiring validation</source>
        <translation>Проверка запроса данных при обновлении уровня 2</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Ожидает синхронизации</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <source>Choose one of the list.</source>
        <translation>Выберите значение из списка.</translation>
    </message>
    <message>
        <source>Enter a full http:// or https:// address, e.g. https://hooks.example.com/connect.</source>
        <translation>Введите полный адрес http:// или https://, например https://hooks.example.com/connect.</translation>
    </message>
    <message>
        <source>Line %1: write each header as &quot;Name: value&quot;.</source>
        <translation>Строка %1: указывайте каждый заголовок в виде &quot;Имя: значение&quot;.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a header name (letters, digits and - only).</source>
        <translation>Строка %1: &quot;%2&quot; не является именем заголовка (допустимы только буквы, цифры и -).</translation>
    </message>
    <message>
        <source>Connect says: %1</source>
        <translation>Ответ Connect: %1</translation>
    </message>
    <message>
        <source>Connect did not accept the API key (401). Check the key in the account settings.</source>
        <translation>Connect не принял API-ключ (401). Проверьте ключ в настройках учётной записи.</translation>
    </message>
    <message>
        <source>Not allowed: the API key this app uses has no permission for this (Connect answered 403). Give the key&apos;s token this module&apos;s permission, or use another key. %1</source>
        <translation>Нет доступа: у API-ключа, который использует приложение, нет разрешения на это действие (Connect ответил 403). Выдайте токену ключа разрешение на этот модуль или используйте другой ключ. %1</translation>
    </message>
    <message>
        <source>Connect no longer has this object (404): it was deleted elsewhere. %1</source>
        <translation>Этого объекта больше нет в Connect (404): он был удалён в другом месте. %1</translation>
    </message>
    <message>
        <source>Conflict: someone changed this on Connect at the same time (409). %1</source>
        <translation>Конфликт: кто-то одновременно изменил этот объект в Connect (409). %1</translation>
    </message>
    <message>
        <source>Connect refused this change (%1): %2 Change it and save again, or Dismiss to keep Connect&apos;s version.</source>
        <translation>Connect отклонил это изменение (%1): %2 Исправьте его и сохраните снова или нажмите «Отбросить», чтобы оставить версию Connect.</translation>
    </message>
    <message>
        <source>Connect refused this change: %1</source>
        <translation>Connect отклонил это изменение: %1</translation>
    </message>
    <message>
        <source>Valid: the token is signed with this webhook&apos;s secret and the body matches it.</source>
        <translation>Действительно: токен подписан секретом этого веб-хука, и тело запроса ему соответствует.</translation>
    </message>
    <message>
        <source>Choose a webhook whose secret to check with (or paste the secret).</source>
        <translation>Выберите веб-хук, секретом которого нужно проверить (или вставьте секрет).</translation>
    </message>
    <message>
        <source>Refused: the delivery has no Authorization header.</source>
        <translation>Отклонено: в доставке нет заголовка Authorization.</translation>
    </message>
    <message>
        <source>Refused: the Authorization header is not &quot;Bearer &lt;token&gt;&quot;.</source>
        <translation>Отклонено: заголовок Authorization не имеет вид &quot;Bearer &lt;token&gt;&quot;.</translation>
    </message>
    <message>
        <source>Refused: the Bearer token is not a JSON Web Token (%1).</source>
        <translation>Отклонено: токен Bearer не является JSON Web Token (%1).</translation>
    </message>
    <message>
        <source>Refused: the token is signed with &quot;%1&quot;; Connect signs with HS256 only.</source>
        <translation>Отклонено: токен подписан алгоритмом &quot;%1&quot;; Connect подписывает только HS256.</translation>
    </message>
    <message>
        <source>Refused: the signature does not match. The token was changed on the way, or signed with another secret.</source>
        <translation>Отклонено: подпись не совпадает. Токен был изменён при передаче или подписан другим секретом.</translation>
    </message>
    <message>
        <source>Refused: the token expired at %1 (UTC).</source>
        <translation>Отклонено: срок действия токена истёк в %1 (UTC).</translation>
    </message>
    <message>
        <source>Refused: the token is not valid before %1 (UTC).</source>
        <translation>Отклонено: токен недействителен до %1 (UTC).</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>status of a token or webhook</comment>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>status of a token or webhook</comment>
        <translation>Ожидает</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Не более %n символа.</numerusform>
            <numerusform>Не более %n символов.</numerusform>
            <numerusform>Не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: the body is not a JSON object, so it cannot be checked against the signed token.</source>
        <translation>Отклонено: тело не является JSON-объектом, поэтому его нельзя сверить с подписанным токеном.</translation>
    </message>
    <message>
        <source>Refused: the body does not match the signed token. These fields have other values than the signed ones: %1.</source>
        <extracomment>%1 lists the body&apos;s fields, e.g. &quot;id, status&quot;.</extracomment>
        <translation>Отклонено: тело не совпадает с подписанным токеном. Значения этих полей отличаются от подписанных: %1.</translation>
    </message>
</context>
<context>
    <name>ListingLabels</name>
    <message>
        <source>Listed</source>
        <translation>Размещён</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Не размещён</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>Новый листинг</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Обновление</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Развёртывание</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Не разрешено</translation>
    </message>
    <message>
        <source>The distribution contract is not active yet (%1).</source>
        <translation>Контракт на дистрибуцию ещё не активен (%1).</translation>
    </message>
    <message>
        <source>Already listed (%1).</source>
        <translation>Уже размещён (%1).</translation>
    </message>
    <message>
        <source>A listing request is already open (%1).</source>
        <translation>Запрос листинга уже открыт (%1).</translation>
    </message>
    <message>
        <source>%1 is not in this account&apos;s data.</source>
        <translation>%1 нет в данных этой учётной записи.</translation>
    </message>
    <message>
        <source>Only published products can be listed (this one is %1).</source>
        <translation>Размещать можно только опубликованные продукты (статус этого продукта: %1).</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Не удалось сохранить изменение: %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>listing: a request to list the product waits for review</comment>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>No active distribution contract: enroll in the marketplace&apos;s distribution agreement under Agreements first.</source>
        <translation>Нет активного контракта на дистрибуцию: сначала зарегистрируйтесь в соглашении о дистрибуции маркетплейса в разделе «Соглашения».</translation>
    </message>
    <message>
        <source>Not possible while its state is “%1”.</source>
        <translation>Невозможно, пока состояние — «%1».</translation>
    </message>
</context>
<context>
    <name>ModuleInfo</name>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Выполнение заказов</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Листинги</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Использование</translation>
    </message>
    <message>
        <source>Help &amp; Support</source>
        <translation>Справка и поддержка</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Every module at a glance.</source>
        <translation>Все модули с первого взгляда.</translation>
    </message>
    <message>
        <source>Process orders from resellers: purchases, changes, suspensions and cancellations.</source>
        <translation>Обработка заказов от реселлеров: покупки, изменения, приостановки и отмены.</translation>
    </message>
    <message>
        <source>Your account details and the users who can access it.</source>
        <translation>Данные вашей учётной записи и пользователи, имеющие к ней доступ.</translation>
    </message>
    <message>
        <source>Tokens and webhooks to integrate Connect with your own systems.</source>
        <translation>Токены и веб-хуки для интеграции Connect с вашими системами.</translation>
    </message>
    <message>
        <source>Program and distribution agreements with your providers.</source>
        <translation>Программные и дистрибуционные соглашения с вашими провайдерами.</translation>
    </message>
    <message>
        <source>List your products on marketplaces you have a distribution agreement with.</source>
        <translation>Размещение ваших продуктов на маркетплейсах, с которыми у вас есть соглашение о дистрибуции.</translation>
    </message>
    <message>
        <source>Report pay-as-you-go consumption of your products.</source>
        <translation>Отчёты о потреблении ваших продуктов с оплатой по факту.</translation>
    </message>
    <message>
        <source>Knowledge base, release notes and support cases.</source>
        <translation>База знаний, примечания к выпускам и обращения в поддержку.</translation>
    </message>
    <message>
        <source>Define, preview and publish your products.</source>
        <translation>Создание, предварительный просмотр и публикация ваших продуктов.</translation>
    </message>
    <message>
        <source>Reports on orders, subscriptions, billing and usage, made from the synced data.</source>
        <translation>Отчёты по заказам, подпискам, счетам и потреблению на основе синхронизированных данных.</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Connect refused this value: %1</source>
        <translation>Connect отклонил это значение: %1</translation>
    </message>
    <message>
        <source>Your API key has no permission for this change. Ask an administrator of the account to grant it, or use a key that has it. Your change is kept here.</source>
        <translation>У вашего API-ключа нет разрешения на это изменение. Попросите администратора учётной записи выдать его или используйте ключ, у которого оно есть. Ваше изменение сохранено здесь.</translation>
    </message>
    <message>
        <source>Connect said: %1</source>
        <translation>Ответ Connect: %1</translation>
    </message>
    <message>
        <source>Changed on Connect too since your edit: open the conflicts in the status bar to choose which version to keep.</source>
        <translation>С момента вашей правки изменено и в Connect: откройте конфликты в строке состояния, чтобы выбрать, какую версию сохранить.</translation>
    </message>
    <message>
        <source>Connect cannot be reached: your change is saved on this computer and is sent on the next sync.</source>
        <translation>Connect недоступен: ваше изменение сохранено на этом компьютере и будет отправлено при следующей синхронизации.</translation>
    </message>
    <message>
        <source>This no longer exists on Connect (someone may have removed it).</source>
        <translation>Этого больше нет в Connect (возможно, кто-то удалил).</translation>
    </message>
    <message>
        <source>Connect refused this change.</source>
        <translation>Connect отклонил это изменение.</translation>
    </message>
    <message>
        <source>Connect refused this change: %1</source>
        <translation>Connect отклонил это изменение: %1</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting for sync (Connect cannot be reached now, it is sent when the connection is back)</source>
        <translation>Сохранено на этом компьютере; ожидает синхронизации (Connect сейчас недоступен, изменение будет отправлено после восстановления связи)</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Ожидает синхронизации</translation>
    </message>
    <message>
        <source>Waiting for sync (offline)</source>
        <translation>Ожидает синхронизации (офлайн)</translation>
    </message>
    <message>
        <source>Waiting for sync: saved on this computer, sent with the next sync (F5 syncs now)</source>
        <translation>Ожидает синхронизации: сохранено на этом компьютере, будет отправлено при следующей синхронизации (F5 — синхронизировать сейчас)</translation>
    </message>
</context>
<context>
    <name>ProductLabels</name>
    <message>
        <source>Reservation</source>
        <translation>Резервирование</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>Оплата по факту</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Разовый</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <source>Monthly trial</source>
        <translation>Месячный пробный период</translation>
    </message>
    <message>
        <source>7-day trial</source>
        <translation>Пробный период 7 дней</translation>
    </message>
    <message>
        <source>14-day trial</source>
        <translation>Пробный период 14 дней</translation>
    </message>
    <message>
        <source>30-day trial</source>
        <translation>Пробный период 30 дней</translation>
    </message>
    <message>
        <source>Integer (whole units)</source>
        <translation>Целое (целые единицы)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>1 billing period</source>
        <translation>1 расчётный период</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 год</translation>
    </message>
    <message>
        <source>Single line text</source>
        <translation>Однострочный текст</translation>
    </message>
    <message>
        <source>Drop-down list</source>
        <translation>Раскрывающийся список</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <source>Checkboxes</source>
        <translation>Флажки</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Поддомен</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>Объект JSON</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Radio buttons (choice)</source>
        <translation>Переключатели (выбор)</translation>
    </message>
    <message>
        <source>Heading (form section title)</source>
        <translation>Заголовок (название раздела формы)</translation>
    </message>
    <message>
        <source>Content (read-only text)</source>
        <translation>Содержимое (текст только для чтения)</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <source>Asset (subscription)</source>
        <translation>Актив (подписка)</translation>
    </message>
    <message>
        <source>Tier 1 (reseller)</source>
        <translation>Уровень 1 (реселлер)</translation>
    </message>
    <message>
        <source>Tier 2 (reseller)</source>
        <translation>Уровень 2 (реселлер)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Item and marketplace</source>
        <translation>Позиция и маркетплейс</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Активация</translation>
    </message>
    <message>
        <source>Inquire</source>
        <translation>Запрос данных</translation>
    </message>
    <message>
        <source>Tier setup</source>
        <translation>Настройка уровня</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <source>End of sale</source>
        <translation>Снят с продажи</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Единицы</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Почтовые ящики</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Логический</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Ящики</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Компьютеры</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Подключения</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Хосты</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Образы</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-адреса</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>КБ</translation>
    </message>
    <message>
        <source>Kbit/s</source>
        <translation>Кбит/с</translation>
    </message>
    <message>
        <source>MB-hours (pay-as-you-go)</source>
        <translation>МБ·ч (оплата по факту)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>МГц</translation>
    </message>
    <message>
        <source>MHz-hours (pay-as-you-go)</source>
        <translation>МГц·ч (оплата по факту)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Mobile devices</source>
        <translation>Мобильные устройства</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Серверы</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Магазины</translation>
    </message>
    <message>
        <source>Unit-hours (pay-as-you-go)</source>
        <translation>Единицы·ч (оплата по факту)</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Веб-сайты</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <extracomment>A billing period of several years; %n is the number of years (2 or more).</extracomment>
        <translation>
            <numerusform>Каждый %n год</numerusform>
            <numerusform>Каждые %n года</numerusform>
            <numerusform>Каждые %n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>Decimal, 1 digit</source>
        <translation>Десятичное, 1 знак</translation>
    </message>
    <message numerus="yes">
        <source>Decimal, %n digits</source>
        <extracomment>%n is how many digits after the decimal point.</extracomment>
        <translation>
            <numerusform>Десятичное, %n знак</numerusform>
            <numerusform>Десятичное, %n знака</numerusform>
            <numerusform>Десятичное, %n знаков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billing periods</source>
        <translation>
            <numerusform>%n расчётный период</numerusform>
            <numerusform>%n расчётных периода</numerusform>
            <numerusform>%n расчётных периодов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <comment>parameter phase: asked while the vendor fulfills the request</comment>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>template type: shown while a subscription request waits</comment>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>unit of measure</comment>
        <translation>Позиции</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Fulfillment requests</source>
        <translation>Запросы на выполнение</translation>
    </message>
    <message>
        <source>Fulfillment requests: line items</source>
        <translation>Запросы на выполнение: позиции</translation>
    </message>
    <message>
        <source>Requests failed with a vendor reason</source>
        <translation>Запросы с ошибкой по причине, указанной вендором</translation>
    </message>
    <message>
        <source>Billing requests</source>
        <translation>Запросы на выставление счетов</translation>
    </message>
    <message>
        <source>Billing requests: line items</source>
        <translation>Запросы на выставление счетов: позиции</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Подписки</translation>
    </message>
    <message>
        <source>Tier configuration requests</source>
        <translation>Запросы конфигурации уровня</translation>
    </message>
    <message>
        <source>Tier configurations</source>
        <translation>Конфигурации уровней</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Запросы листинга</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Листинги</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Контракты</translation>
    </message>
    <message>
        <source>Usage per subscription</source>
        <translation>Использование по подпискам</translation>
    </message>
    <message>
        <source>SLA of pending requests</source>
        <translation>SLA ожидающих запросов</translation>
    </message>
    <message>
        <source>Helpdesk cases</source>
        <translation>Обращения в поддержку</translation>
    </message>
    <message>
        <source>One row per request: customer and tiers, product, marketplace, connection, items and parameters.</source>
        <translation>Одна строка на запрос: клиент и уровни, продукт, маркетплейс, подключение, позиции и параметры.</translation>
    </message>
    <message>
        <source>One row per item of each request, with its quantity and the previous one.</source>
        <translation>Одна строка на каждую позицию запроса с её количеством и предыдущим значением.</translation>
    </message>
    <message>
        <source>Failed requests and the reason the vendor gave.</source>
        <translation>Запросы с ошибкой и причина, указанная вендором.</translation>
    </message>
    <message>
        <source>Vendor and provider billing requests with their period.</source>
        <translation>Запросы вендора и провайдера на выставление счетов с их периодом.</translation>
    </message>
    <message>
        <source>One row per billed item and cycle.</source>
        <translation>Одна строка на позицию счёта и цикл.</translation>
    </message>
    <message>
        <source>Subscriptions (assets) with their customer, billing period and next billing date.</source>
        <translation>Подписки (активы) с клиентом, расчётным периодом и датой следующего счёта.</translation>
    </message>
    <message>
        <source>Tier configuration requests of resellers.</source>
        <translation>Запросы конфигурации уровня от реселлеров.</translation>
    </message>
    <message>
        <source>Tier configurations and their accounts.</source>
        <translation>Конфигурации уровней и их учётные записи.</translation>
    </message>
    <message>
        <source>Requests to list products in marketplaces.</source>
        <translation>Запросы на размещение продуктов в маркетплейсах.</translation>
    </message>
    <message>
        <source>Where the products are listed.</source>
        <translation>Где размещены продукты.</translation>
    </message>
    <message>
        <source>Customers and resellers (tier accounts) with their contacts.</source>
        <translation>Клиенты и реселлеры (учётные записи уровней) с их контактами.</translation>
    </message>
    <message>
        <source>Program and distribution contracts.</source>
        <translation>Программные и дистрибьюторские контракты.</translation>
    </message>
    <message>
        <source>Usage records grouped by subscription.</source>
        <translation>Записи об использовании, сгруппированные по подпискам.</translation>
    </message>
    <message>
        <source>Open requests with the days they have waited: ok up to 2 days, warning up to 5, then overdue.</source>
        <translation>Открытые запросы и сколько дней они ожидают: норма — до 2 дней, предупреждение — до 5, далее — просрочено.</translation>
    </message>
    <message>
        <source>Support cases with their state and dates.</source>
        <translation>Обращения в поддержку с их состоянием и датами.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Inquiring</source>
        <translation>Запрос данных</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Tiers setup</source>
        <translation>Настройка уровней</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Приостановка</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Возобновление</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Корректировка</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перенос</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активно</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Обрабатывается</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Прекращается</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Вендор</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Обновление</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Размещён</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Снят с размещения</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Развёртывание</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Реселлер</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Дистрибуция</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Реферальное</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Допустимый</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Недопустимый</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Техническое</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Бизнес</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Тестовая</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Рабочая</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предварительный</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>start</source>
        <translation>начала</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Tier account requests</source>
        <translation>Запросы учётной записи уровня</translation>
    </message>
    <message>
        <source>Changes of customer and reseller accounts sent to you to accept or ignore.</source>
        <translation>Изменения учётных записей клиентов и реселлеров, отправленные вам для принятия или игнорирования.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Проигнорирован</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>Не поддерживается</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>Tiers setup</source>
        <translation>Настройка уровней</translation>
    </message>
    <message>
        <source>Inquiring</source>
        <translation>Запрос данных</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Рабочая</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Тестовая</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Среда</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлён</translation>
    </message>
    <message>
        <source>The request is no longer in the cache.</source>
        <translation>Запроса больше нет в кэше.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Выберите шаблон.</translation>
    </message>
    <message>
        <source>The template is not one of this product&apos;s templates for this action.</source>
        <translation>Этот шаблон не входит в шаблоны продукта для этого действия.</translation>
    </message>
    <message>
        <source>Give a reason for the customer.</source>
        <translation>Укажите причину для клиента.</translation>
    </message>
    <message>
        <source>Choose an inquire template or write a message on at least one parameter.</source>
        <translation>Выберите шаблон запроса данных или напишите сообщение хотя бы к одному параметру.</translation>
    </message>
    <message>
        <source>Your user is not known yet; sync first.</source>
        <translation>Ваш пользователь ещё неизвестен; сначала выполните синхронизацию.</translation>
    </message>
    <message>
        <source>The change could not be saved in the local cache: %1</source>
        <translation>Не удалось сохранить изменение в локальном кэше: %1</translation>
    </message>
    <message>
        <source>Purchase</source>
        <comment>request type</comment>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>request type: the customer changes a subscription</comment>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Suspend</source>
        <comment>request type: the customer suspends a subscription</comment>
        <translation>Приостановка</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>request type: the customer resumes a subscription</comment>
        <translation>Возобновление</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>request type: the customer cancels a subscription</comment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Renew</source>
        <comment>request type: the subscription is renewed</comment>
        <translation>Продление</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <comment>request type</comment>
        <translation>Корректировка</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>request status: waiting for the vendor</comment>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>environment of a request (test, preview, production)</comment>
        <translation>Предварительный</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column: when the request was created</comment>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Not possible while the request&apos;s status is “%1”.</source>
        <extracomment>%1 is the request&apos;s status as shown in the Status column (&quot;Approved&quot;, &quot;Failed&quot;…).</extracomment>
        <translation>Невозможно, пока статус запроса — «%1».</translation>
    </message>
    <message>
        <source>Fill in the required parameters first: %1.</source>
        <translation>Сначала заполните обязательные параметры: %1.</translation>
    </message>
</context>
<context>
    <name>UsageLabels</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Загружается</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Загружен</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Обрабатывается</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Недопустимый</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Pending acceptance</source>
        <translation>Ожидает принятия</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалён</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Допустимый</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрен</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Загрузить…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Принять…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <source>Close file</source>
        <translation>Закрыть файл</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos;, row %2: %3</source>
        <translation>Лист &apos;%1&apos;, строка %2: %3</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos;, row %2, column %3 (%4): %5</source>
        <translation>Лист &apos;%1&apos;, строка %2, столбец %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>UserFacingErrors</name>
    <message>
        <source>“%1” is not a web address. Enter the API endpoint, for example https://api.connect.cloudblue.com/public/v1.</source>
        <translation>«%1» не является веб-адресом. Введите адрес конечной точки API, например https://api.connect.cloudblue.com/public/v1.</translation>
    </message>
    <message>
        <source>Could not reach the endpoint: %1. Check the address and your connection.</source>
        <translation>Не удалось подключиться к конечной точке: %1. Проверьте адрес и подключение.</translation>
    </message>
    <message>
        <source>Connect refused this API key (HTTP %1). Check that it is complete and not revoked.</source>
        <translation>Connect отклонил этот API-ключ (HTTP %1). Проверьте, что ключ введён полностью и не отозван.</translation>
    </message>
    <message>
        <source>The endpoint answered, but not like the Connect API: %1. Check the address.</source>
        <translation>Конечная точка ответила, но не так, как API Connect: %1. Проверьте адрес.</translation>
    </message>
    <message>
        <source>The endpoint failed to answer (%1). Try again later.</source>
        <translation>Конечная точка не ответила (%1). Повторите попытку позже.</translation>
    </message>
    <message>
        <source>No API key is stored for this account.</source>
        <translation>Для этой учётной записи не сохранён API-ключ.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Системная связка ключей сообщила об ошибке: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Не удалось запустить песочницу: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s key could not be read from the system keychain: %1</source>
        <translation>Не удалось прочитать ключ песочницы из системной связки ключей: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the API key was not saved. Start or unlock your desktop&apos;s keyring (e.g. GNOME Keyring or KWallet) and add the account again, or keep the key in memory for this run when asked.</source>
        <translation>Системная связка ключей недоступна (%1), поэтому API-ключ не сохранён. Запустите или разблокируйте связку ключей рабочего стола (например, GNOME Keyring или KWallet) и добавьте учётную запись снова либо, когда будет предложено, храните ключ в памяти только в этом сеансе.</translation>
    </message>
    <message>
        <source>The system keychain refused access (for example, its password prompt was canceled), so the API key was not saved. Add the account again and unlock the keyring when your desktop asks, or keep the key in memory for this run when asked.</source>
        <translation>Системная связка ключей отказала в доступе (например, запрос пароля был отменён), поэтому API-ключ не сохранён. Добавьте учётную запись снова и разблокируйте связку ключей, когда система попросит, или сохраните ключ в памяти на этот сеанс, когда будет предложено.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>A desktop client for CloudBlue Connect vendors: products, fulfilment, agreements, listings, usage and reports, online or offline.</source>
        <translation>Клиент CloudBlue Connect для вендоров: продукты, выполнение заказов, соглашения, листинги, использование и отчёты — онлайн и офлайн.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Создано с использованием:</translation>
    </message>
    <message>
        <source>Libraries, versions and licences</source>
        <translation>Библиотеки, версии и лицензии</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>&amp;Копировать диагностику</translation>
    </message>
    <message>
        <source>Versions, system and account ids for a bug report; no keys or secrets</source>
        <translation>Версии, система и ID учётных записей для отчёта об ошибке; без ключей и секретов</translation>
    </message>
    <message>
        <source>Copied to the clipboard: paste it into a support case or a bug report.</source>
        <translation>Скопировано в буфер обмена: вставьте в обращение или отчёт об ошибке.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AccountNavigator</name>
    <message>
        <source>No account</source>
        <translation>Нет учётной записи</translation>
    </message>
    <message>
        <source>Account navigator: switch accounts or sign out</source>
        <translation>Навигатор учётных записей: смена учётной записи или выход</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>Сменить учётную запись</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Добавить учётную запись…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>%1
Vendor account %2</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID (VA-…).</extracomment>
        <translation>%1
Учётная запись вендора %2</translation>
    </message>
    <message>
        <source>%1
Provider account %2</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID (PA-…).</extracomment>
        <translation>%1
Учётная запись провайдера %2</translation>
    </message>
    <message>
        <source>%1
Account %2 (%3)</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID, %3 its type as Connect names it.</extracomment>
        <translation>%1
Учётная запись %2 (%3)</translation>
    </message>
    <message>
        <source>About Connect Vendor Desktop</source>
        <translation>О программе Connect Vendor Desktop</translation>
    </message>
</context>
<context>
    <name>cv::ui::AccountPage</name>
    <message>
        <source>Account details</source>
        <translation>Данные учётной записи</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID учётной записи:</translation>
    </message>
    <message>
        <source>Brand ID:</source>
        <translation>ID бренда:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation>&amp;Сохранить название</translation>
    </message>
    <message>
        <source>Saved on this computer at once and sent to Connect on the next sync.</source>
        <translation>Сохраняется на этом компьютере сразу и отправляется в Connect при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Once the cause is fixed (e.g. the permission granted), send the change with the next sync.</source>
        <translation>Когда причина устранена (например, выдано разрешение), изменение будет отправлено при следующей синхронизации.</translation>
    </message>
    <message>
        <source>&amp;Discard my change</source>
        <translation>&amp;Отменить моё изменение</translation>
    </message>
    <message>
        <source>Show the name Connect has again and forget the change.</source>
        <translation>Снова показать название из Connect и забыть изменение.</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Добавить пользователя</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Приглашён</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>(named on registration)</source>
        <translation>(указывается при регистрации)</translation>
    </message>
    <message>
        <source>(after the first sync)</source>
        <translation>(после первой синхронизации)</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Вендор</translation>
    </message>
    <message>
        <source>Distributor (provider)</source>
        <translation>Дистрибьютор (провайдер)</translation>
    </message>
    <message>
        <source>The account was closed; open it again to add the user.</source>
        <translation>Учётная запись закрыта; откройте её снова, чтобы добавить пользователя.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Удалить пользователя</translation>
    </message>
    <message>
        <source>Cancel the invitation of %1? It has not reached Connect, so nothing is sent.</source>
        <translation>Отменить приглашение для %1? Оно ещё не отправлено в Connect, поэтому ничего отправлено не будет.</translation>
    </message>
    <message>
        <source>Remove %1 from the account? They lose access to it once the change is synced.</source>
        <translation>Удалить %1 из учётной записи? Доступ будет потерян после синхронизации изменения.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>Отправить &amp;снова</translation>
    </message>
    <message>
        <source>Search users by name, email or role (Ctrl+F)</source>
        <translation>Поиск пользователей по имени, email или роли (Ctrl+F)</translation>
    </message>
    <message>
        <source>Re&amp;move user</source>
        <translation>&amp;Удалить пользователя</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>user status</comment>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Поиск пользователей</translation>
    </message>
    <message>
        <source>Matches the user&apos;s name, email or role</source>
        <translation>Совпадает с именем, email или ролью пользователя</translation>
    </message>
    <message>
        <source>User status filter</source>
        <translation>Фильтр по статусу пользователя</translation>
    </message>
</context>
<context>
    <name>cv::ui::ActionDialog</name>
    <message>
        <source>Edit Action</source>
        <translation>Изменить действие</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Добавить действие</translation>
    </message>
    <message>
        <source>e.g. sso_login</source>
        <translation>например, sso_login</translation>
    </message>
    <message>
        <source>Button text, e.g. Open admin panel</source>
        <translation>Текст кнопки, например «Открыть панель администратора»</translation>
    </message>
    <message>
        <source>Action &amp;ID:</source>
        <translation>&amp;ID действия:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Область:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Удалить действие</translation>
    </message>
    <message>
        <source>%1: This field is required.</source>
        <translation>%1: это поле обязательно.</translation>
    </message>
</context>
<context>
    <name>cv::ui::ActionsTab</name>
    <message>
        <source>&amp;Add Action</source>
        <translation>&amp;Добавить действие</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Создать заново</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>ID действия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>https://your-service.example.com/sso</source>
        <translation>https://your-service.example.com/sso</translation>
    </message>
    <message>
        <source>Actions are buttons customers see on their subscription; a click opens your target URL with a signed JWT.</source>
        <translation>Действия — это кнопки, которые клиенты видят в своей подписке; нажатие открывает ваш целевой URL с подписанным JWT.</translation>
    </message>
    <message>
        <source>Action link</source>
        <translation>Ссылка действия</translation>
    </message>
    <message>
        <source>Target &amp;URL:</source>
        <translation>Целевой &amp;URL:</translation>
    </message>
    <message>
        <source>JWT secret:</source>
        <translation>Секрет JWT:</translation>
    </message>
    <message>
        <source>The secret is only shown while it is known from the server; it is never stored on this computer.</source>
        <translation>Секрет отображается, только пока он известен с сервера; он никогда не сохраняется на этом компьютере.</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Скопировать секрет в буфер обмена</translation>
    </message>
    <message>
        <source>A new secret was requested. It appears after the next sync from the server; update your service with it then.</source>
        <translation>Запрошен новый секрет. Он появится после следующей синхронизации с сервером; тогда обновите его в своём сервисе.</translation>
    </message>
    <message>
        <source>Change the action URL</source>
        <translation>Изменить URL действия</translation>
    </message>
    <message>
        <source>Add action %1</source>
        <translation>Добавить действие %1</translation>
    </message>
    <message>
        <source>Edit action %1</source>
        <translation>Изменить действие %1</translation>
    </message>
    <message>
        <source>Delete action %1</source>
        <translation>Удалить действие %1</translation>
    </message>
    <message>
        <source>Read from Connect; kept in memory only, never stored on this computer.</source>
        <translation>Получено из Connect; хранится только в памяти и никогда не сохраняется на этом компьютере.</translation>
    </message>
    <message>
        <source>Action “%1” deleted.</source>
        <translation>Действие «%1» удалено.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Copy works once the secret has been read from Connect: when the app is online and the product is on Connect. It is kept in memory only, never stored on this computer.</source>
        <translation>Копирование доступно, когда секрет прочитан из Connect: приложение в сети, а продукт есть в Connect. Он хранится только в памяти и никогда не сохраняется на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <source>Admin (the one role Connect offers vendor accounts today)</source>
        <translation>Администратор (единственная роль, которую Connect сейчас предлагает для учётных записей вендоров)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Пригласить</translation>
    </message>
    <message>
        <source>Connect emails an invitation to this address. The new user enters their name when registering and gets access to the account&apos;s products, fulfillment queue and settings.</source>
        <translation>Connect отправит приглашение на этот адрес. Новый пользователь укажет имя при регистрации и получит доступ к продуктам, очереди выполнения заказов и настройкам учётной записи.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
</context>
<context>
    <name>cv::ui::AgreementDetailPage</name>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Version %1 on %2 by %3</source>
        <translation>Версия %1 от %2, автор: %3</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>неизвестный пользователь</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Не подписано</translation>
    </message>
    <message>
        <source>Sign version %1…</source>
        <translation>Подписать версию %1…</translation>
    </message>
    <message>
        <source>The provider published version %1; you signed version %2. Read the changes under Versions, then sign.</source>
        <translation>Провайдер опубликовал версию %1; вы подписали версию %2. Ознакомьтесь с изменениями в разделе «Версии», затем подпишите.</translation>
    </message>
    <message>
        <source>Version %1 published</source>
        <translation>Опубликована версия %1</translation>
    </message>
    <message>
        <source>Contract created</source>
        <translation>Создан контракт</translation>
    </message>
    <message>
        <source>Signed (contract on version %1)</source>
        <translation>Подписано (контракт на версию %1)</translation>
    </message>
    <message>
        <source>Countersigned by the provider</source>
        <translation>Подписано провайдером</translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation>Контракт прекращён</translation>
    </message>
    <message>
        <source>Signed from this app</source>
        <translation>Подписано из этого приложения</translation>
    </message>
    <message>
        <source>Enrolled from this app</source>
        <translation>Зарегистрировано из этого приложения</translation>
    </message>
    <message>
        <source>on Connect</source>
        <translation>в Connect</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>отправлено %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>отклонено: %1</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>ожидает синхронизации</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Загрузка версий…</translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation>Загрузка документа…</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Не удалось прочитать версии: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>signed by you</source>
        <translation>подписана вами</translation>
    </message>
    <message>
        <source>version %1 is not known</source>
        <translation>версия %1 неизвестна</translation>
    </message>
    <message>
        <source>This agreement has no document.</source>
        <translation>У этого соглашения нет документа.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, версия %2</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Выберите две разные версии.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <source>The documents could not be downloaded: %1</source>
        <translation>Не удалось загрузить документы: %1</translation>
    </message>
    <message>
        <source>These documents have no text to compare (open them to read them).</source>
        <translation>В этих документах нет текста для сравнения (откройте их, чтобы прочитать).</translation>
    </message>
    <message>
        <source>The texts of versions %1 and %2 are the same.</source>
        <translation>Тексты версий %1 и %2 совпадают.</translation>
    </message>
    <message>
        <source>Sign version %1 of &quot;%2&quot; on behalf of %3? This accepts the agreement&apos;s terms.</source>
        <translation>Подписать версию %1 соглашения &quot;%2&quot; от имени %3? Это означает принятие условий соглашения.</translation>
    </message>
    <message>
        <source>Sign agreement</source>
        <translation>Подписание соглашения</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>← All agreements</source>
        <translation>← Все соглашения</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Active version:</source>
        <translation>Активная версия:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Подписано:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Контракт:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Sent to Connect</source>
        <translation>Отправлено в Connect</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Показать изменения</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <extracomment>One part of the agreement&apos;s subtitle (parts are separated by &quot; · &quot;); %1 is the provider&apos;s name.</extracomment>
        <translation>Провайдер: %1</translation>
    </message>
    <message>
        <source>Marketplace: %1</source>
        <extracomment>One part of the agreement&apos;s subtitle (parts are separated by &quot; · &quot;); %1 is the marketplace&apos;s name.</extracomment>
        <translation>Маркетплейс: %1</translation>
    </message>
    <message>
        <source>Your enrollment is waiting for the provider&apos;s approval.</source>
        <translation>Ваша регистрация ожидает одобрения провайдера.</translation>
    </message>
    <message>
        <source>Enroll to list products on %1.</source>
        <translation>Зарегистрируйтесь, чтобы размещать продукты на %1.</translation>
    </message>
    <message>
        <source>Enrollment completed</source>
        <translation>Регистрация завершена</translation>
    </message>
    <message>
        <source>Action from this app: %1</source>
        <extracomment>%1 is the action&apos;s name as Connect&apos;s API writes it (or the error Connect gave for it).</extracomment>
        <translation>Действие из приложения: %1</translation>
    </message>
    <message>
        <source>Enroll in agreement</source>
        <translation>Регистрация в соглашении</translation>
    </message>
    <message>
        <source>Enroll in this agreement…</source>
        <translation>Зарегистрироваться в соглашении…</translation>
    </message>
    <message>
        <source>Signing and enrolling need a connection to Connect, which records them.</source>
        <translation>Для подписания и регистрации требуется подключение к Connect, который их фиксирует.</translation>
    </message>
    <message>
        <source>A signature saved by an earlier version of this app is sent to Connect with the next sync. It takes effect once Connect confirms it.</source>
        <translation>Подпись, сохранённая предыдущей версией этого приложения, будет отправлена в Connect при следующей синхронизации. Она вступит в силу после подтверждения Connect.</translation>
    </message>
    <message>
        <source>Connect cannot be reached. The versions and the document are kept on this computer once this page has been opened online; this agreement&apos;s have not been read yet.</source>
        <translation>Connect недоступен. Версии и документ сохраняются на этом компьютере после того, как эта страница была открыта в сети; для этого соглашения они ещё не загружены.</translation>
    </message>
    <message>
        <source>Connect cannot be reached: versions and documents as of %1, as kept on this computer.</source>
        <extracomment>%1 is the date and time the versions were read from Connect.</extracomment>
        <translation>Connect недоступен: версии и документы по состоянию на %1, сохранённые на этом компьютере.</translation>
    </message>
    <message>
        <source>The versions could not be read (%1): shown as of %2, as kept on this computer.</source>
        <translation>Не удалось загрузить версии (%1): показаны по состоянию на %2, как сохранено на этом компьютере.</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2: &lt;span class=&quot;removed&quot;&gt;removed&lt;/span&gt;, &lt;span class=&quot;added&quot;&gt;added&lt;/span&gt;.</source>
        <translation>Изменения с версии %1 по версию %2: &lt;span class=&quot;removed&quot;&gt;удалено&lt;/span&gt;, &lt;span class=&quot;added&quot;&gt;добавлено&lt;/span&gt;.</translation>
    </message>
    <message>
        <source>Connect records your signature as soon as you click Sign, so this needs a connection to Connect.</source>
        <translation>Connect фиксирует вашу подпись сразу после нажатия «Подписать», поэтому требуется подключение к Connect.</translation>
    </message>
    <message>
        <source>Enroll in &quot;%1&quot; to list products on %2. Connect records your enrollment as soon as you click OK. A note for the provider (optional):</source>
        <translation>Зарегистрируйтесь в «%1», чтобы размещать продукты на %2. Connect фиксирует регистрацию сразу после нажатия «OK». Примечание для провайдера (необязательно):</translation>
    </message>
    <message>
        <source>Signing needs a connection to Connect: a signature is a legal act that Connect records when you sign, so it is not saved on this computer to be sent later. Connect cannot be reached now. Check your connection, then click &quot;%1&quot; again.</source>
        <extracomment>%1 is the label of the Sign or Enroll button.</extracomment>
        <translation>Для подписания требуется подключение к Connect: подпись — это юридическое действие, которое Connect фиксирует в момент подписания, поэтому она не сохраняется на этом компьютере для последующей отправки. Сейчас Connect недоступен. Проверьте подключение и снова нажмите «%1».</translation>
    </message>
    <message>
        <source>Enrolling needs a connection to Connect: an enrollment is a contractual act that Connect records when you enroll, so it is not saved on this computer to be sent later. Connect cannot be reached now. Check your connection, then click &quot;%1&quot; again.</source>
        <translation>Для регистрации требуется подключение к Connect: регистрация — это договорное действие, которое Connect фиксирует в момент регистрации, поэтому она не сохраняется на этом компьютере для последующей отправки. Сейчас Connect недоступен. Проверьте подключение и снова нажмите «%1».</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Подписание…</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Регистрация…</translation>
    </message>
    <message>
        <source>Sending your signature to Connect…</source>
        <translation>Отправка подписи в Connect…</translation>
    </message>
    <message>
        <source>Sending your enrollment to Connect…</source>
        <translation>Отправка регистрации в Connect…</translation>
    </message>
    <message>
        <source>Connect recorded your signature on %1.</source>
        <extracomment>%1 is the date and time Connect recorded the signature.</extracomment>
        <translation>Connect зафиксировал вашу подпись %1.</translation>
    </message>
    <message>
        <source>Connect recorded your enrollment on %1.</source>
        <translation>Connect зафиксировал вашу регистрацию %1.</translation>
    </message>
    <message>
        <source>The connection to Connect broke while your signature was being sent, so it is not known whether Connect recorded it. Nothing is saved to be sent later: the next sync shows whether it did. If it did not, sign again once Connect can be reached.</source>
        <translation>Соединение с Connect прервалось во время отправки подписи, поэтому неизвестно, зафиксировал ли её Connect. Ничего не сохранено для последующей отправки: следующая синхронизация покажет, зафиксирована ли подпись. Если нет, подпишите снова, когда Connect станет доступен.</translation>
    </message>
    <message>
        <source>The connection to Connect broke while your enrollment was being sent, so it is not known whether Connect recorded it. Nothing is saved to be sent later: the next sync shows whether it did. If it did not, enroll again once Connect can be reached.</source>
        <translation>Соединение с Connect прервалось во время отправки регистрации, поэтому неизвестно, зафиксировал ли её Connect. Ничего не сохранено для последующей отправки: следующая синхронизация покажет, зафиксирована ли регистрация. Если нет, зарегистрируйтесь снова, когда Connect станет доступен.</translation>
    </message>
    <message>
        <source>Connect refused the signature: %1</source>
        <extracomment>%1 is Connect&apos;s reason in plain words.</extracomment>
        <translation>Connect отклонил подпись: %1</translation>
    </message>
    <message>
        <source>Connect refused the enrollment: %1</source>
        <translation>Connect отклонил регистрацию: %1</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Положение</translation>
    </message>
    <message>
        <source>Double-click a version to read its document.</source>
        <translation>Дважды щёлкните версию, чтобы прочитать её документ.</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>Сравнить с версии</translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation>Сравнить по версию</translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>Изменения между версиями</translation>
    </message>
</context>
<context>
    <name>cv::ui::AgreementsPage</name>
    <message>
        <source>Open an account to see its agreements.</source>
        <translation>Откройте учётную запись, чтобы увидеть её соглашения.</translation>
    </message>
    <message>
        <source>No agreement matches the search and filters.</source>
        <translation>Нет соглашений, соответствующих поиску и фильтрам.</translation>
    </message>
    <message>
        <source>No agreements yet. They appear here after a sync once a provider invites the account.</source>
        <translation>Соглашений пока нет. Они появятся здесь после синхронизации, когда провайдер пригласит учётную запись.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Контракты</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Active version</source>
        <translation>Активная версия</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Контракт</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Search agreements by name or ID</source>
        <translation>Поиск соглашений по названию или ID</translation>
    </message>
    <message>
        <source>Search contracts by name or ID</source>
        <translation>Поиск контрактов по названию или ID</translation>
    </message>
    <message>
        <source>Search agreements</source>
        <translation>Поиск соглашений</translation>
    </message>
    <message>
        <source>Matches the agreement&apos;s name or ID</source>
        <translation>Совпадает с названием или ID соглашения</translation>
    </message>
    <message>
        <source>Search contracts</source>
        <translation>Поиск контрактов</translation>
    </message>
    <message>
        <source>Matches the contract&apos;s name or ID</source>
        <translation>Совпадает с названием или ID контракта</translation>
    </message>
    <message>
        <source>Agreement type filter</source>
        <translation>Фильтр по типу соглашения</translation>
    </message>
    <message>
        <source>Agreement status filter</source>
        <translation>Фильтр по статусу соглашения</translation>
    </message>
    <message>
        <source>Contract type filter</source>
        <translation>Фильтр по типу контракта</translation>
    </message>
    <message>
        <source>Contract status filter</source>
        <translation>Фильтр по статусу контракта</translation>
    </message>
</context>
<context>
    <name>cv::ui::ApiPage</name>
    <message>
        <source>No account is open.</source>
        <translation>Учётная запись не открыта.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Веб-хуки</translation>
    </message>
    <message>
        <source>Verify a delivery</source>
        <translation>Проверка доставки</translation>
    </message>
    <message>
        <source>API address of this account</source>
        <translation>Адрес API этой учётной записи</translation>
    </message>
    <message>
        <source>How to authenticate</source>
        <translation>Как пройти аутентификацию</translation>
    </message>
    <message>
        <source>Every call carries the header &quot;Authorization: ApiKey &lt;token&gt;&quot;, where the token is the one shown once when you generate it on the Tokens page (it starts with its id, SU-…). Give each script its own token so that each can be turned off alone. Connect answers 401 to a wrong or inactive token and 403 when the token lacks the module&apos;s permission.</source>
        <translation>Каждый вызов содержит заголовок &quot;Authorization: ApiKey &lt;token&gt;&quot;, где token — токен, который показывается один раз при его создании на странице «Токены» (он начинается со своего ID, SU-…). Выдавайте каждому скрипту отдельный токен, чтобы каждый можно было отключить независимо. Connect отвечает 401 на неверный или неактивный токен и 403, если у токена нет разрешения на модуль.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Connect API documentation&lt;/a&gt; (opens in your browser)</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Документация по API Connect&lt;/a&gt; (откроется в браузере)</translation>
    </message>
    <message>
        <source>Try it: list your products</source>
        <translation>Попробуйте: список ваших продуктов</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Копировать команду</translation>
    </message>
    <message>
        <source>API sections</source>
        <translation>Разделы API</translation>
    </message>
</context>
<context>
    <name>cv::ui::ApproveDialog</name>
    <message numerus="yes">
        <source>Approve %Ln requests</source>
        <translation>
            <numerusform>Одобрить %Ln запрос</numerusform>
            <numerusform>Одобрить %Ln запроса</numerusform>
            <numerusform>Одобрить %Ln запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>Одобрение запроса</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %Ln</source>
        <translation>
            <numerusform>&amp;Одобрить %Ln</numerusform>
            <numerusform>&amp;Одобрить %Ln</numerusform>
            <numerusform>&amp;Одобрить %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Одобрить</translation>
    </message>
    <message>
        <source>Activation &amp;template:</source>
        <translation>&amp;Шаблон активации:</translation>
    </message>
    <message>
        <source>The template (values are filled in for each request):</source>
        <translation>Шаблон (значения подставляются для каждого запроса):</translation>
    </message>
    <message>
        <source>What the customer will receive:</source>
        <translation>Что получит клиент:</translation>
    </message>
    <message>
        <source>This product has no activation template in the local cache. Create one in Inventory, then sync.</source>
        <translation>В локальном кэше нет шаблона активации для этого продукта. Создайте его в разделе «Каталог», затем выполните синхронизацию.</translation>
    </message>
    <message>
        <source>The request is approved in the local cache at once and on Connect at the next sync.</source>
        <translation>Запрос сразу одобряется в локальном кэше, а в Connect — при следующей синхронизации.</translation>
    </message>
</context>
<context>
    <name>cv::ui::BulkResultDialog</name>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln done; the changes reach Connect at the next sync.</source>
        <extracomment>%1 is how many of the %n selected requests were done.</extracomment>
        <translation>
            <numerusform>Выполнено %1 из %Ln; изменения попадут в Connect при следующей синхронизации.</numerusform>
            <numerusform>Выполнено %1 из %Ln; изменения попадут в Connect при следующей синхронизации.</numerusform>
            <numerusform>Выполнено %1 из %Ln; изменения попадут в Connect при следующей синхронизации.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::CapabilitiesPage</name>
    <message>
        <source>Subscription lifecycle</source>
        <translation>Жизненный цикл подписки</translation>
    </message>
    <message>
        <source>Suspend and resume</source>
        <translation>Приостановка и возобновление</translation>
    </message>
    <message>
        <source>Administrative hold</source>
        <translation>Административная блокировка</translation>
    </message>
    <message>
        <source>Providers may put a subscription on hold for administrative reasons.</source>
        <translation>Провайдеры могут заблокировать подписку по административным причинам.</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>Оплата по факту</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключено</translation>
    </message>
    <message>
        <source>QT: quantity (usage is reported as amounts)</source>
        <translation>QT: количество (использование передаётся в объёмах)</translation>
    </message>
    <message>
        <source>TR: tiered rates</source>
        <translation>TR: многоуровневые тарифы</translation>
    </message>
    <message>
        <source>PR: provider rating</source>
        <translation>PR: тарификация провайдером</translation>
    </message>
    <message>
        <source>CR: cost rating (usage is reported as costs)</source>
        <translation>CR: тарификация по стоимости (использование передаётся в виде затрат)</translation>
    </message>
    <message>
        <source>Dynamic items (created from usage reports)</source>
        <translation>Динамические позиции (создаются из отчётов об использовании)</translation>
    </message>
    <message>
        <source>Future charges</source>
        <translation>Будущие начисления</translation>
    </message>
    <message>
        <source>Late charges</source>
        <translation>Поздние начисления</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>Схема:</translation>
    </message>
    <message>
        <source>Reporting and validation</source>
        <translation>Отчётность и проверка</translation>
    </message>
    <message>
        <source>Consumption reporting for reservation items</source>
        <translation>Отчёты о потреблении для позиций с резервированием</translation>
    </message>
    <message>
        <source>Dynamic validation of draft requests (your service checks orders before they are placed)</source>
        <translation>Динамическая проверка черновиков запросов (ваш сервис проверяет заказы до их размещения)</translation>
    </message>
    <message>
        <source>Dynamic validation of the inquiring form</source>
        <translation>Динамическая проверка формы запроса данных</translation>
    </message>
    <message>
        <source>Resellers (tiers)</source>
        <translation>Реселлеры (уровни)</translation>
    </message>
    <message>
        <source>Level 1 (tier 1 reseller)</source>
        <translation>Уровень 1 (реселлер уровня 1)</translation>
    </message>
    <message>
        <source>Level 2 (tier 1 and tier 2 resellers)</source>
        <translation>Уровень 2 (реселлеры уровней 1 и 2)</translation>
    </message>
    <message>
        <source>Tier accounts sync</source>
        <translation>Синхронизация учётных записей уровней</translation>
    </message>
    <message>
        <source>Reseller authorization level:</source>
        <translation>Уровень авторизации реселлеров:</translation>
    </message>
    <message>
        <source>Choose a pay-as-you-go schema first.</source>
        <translation>Сначала выберите схему оплаты по факту.</translation>
    </message>
    <message>
        <source>Change capabilities</source>
        <translation>Изменить возможности</translation>
    </message>
    <message>
        <source>Subscriptions can be suspended (e.g. for non-payment) and resumed later without being canceled; your service receives suspend and resume requests.</source>
        <translation>Подписки можно приостанавливать (например, при неоплате) и позже возобновлять без отмены; ваш сервис получает запросы на приостановку и возобновление.</translation>
    </message>
</context>
<context>
    <name>cv::ui::CasePage</name>
    <message>
        <source>Attach a file to the case</source>
        <translation>Прикрепить файл к обращению</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Write a reply to the case (sent on the next sync)</source>
        <translation>Напишите ответ на обращение (будет отправлен при следующей синхронизации)</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>Отправить &amp;ответ</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Отправить &amp;снова</translation>
    </message>
    <message>
        <source>Once the cause is fixed, send the refused change with the next sync.</source>
        <translation>Когда причина устранена, отклонённое изменение будет отправлено при следующей синхронизации.</translation>
    </message>
    <message>
        <source>&amp;Discard the refused change</source>
        <translation>&amp;Отменить отклонённое изменение</translation>
    </message>
    <message>
        <source>Forget the change Connect refused; a case opened here goes with its replies and files.</source>
        <translation>Забыть изменение, отклонённое Connect; обращение, открытое здесь, удаляется вместе с ответами и файлами.</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>Запросить информацию</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>Вернуть в ожидание</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Отметить как решённое</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Закрыть обращение</translation>
    </message>
    <message>
        <source>Case %1 is not in the offline data.</source>
        <translation>Обращения %1 нет в офлайн-данных.</translation>
    </message>
    <message>
        <source>(given by Connect after sync)</source>
        <translation>(присваивается Connect после синхронизации)</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Вложения: %1</translation>
    </message>
    <message>
        <source>Attachments waiting for sync: %1</source>
        <translation>Вложения, ожидающие синхронизации: %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>ожидает синхронизации</translation>
    </message>
    <message>
        <source>No replies yet. Replies from the support team appear here after a sync.</source>
        <translation>Ответов пока нет. Ответы службы поддержки появятся здесь после синхронизации.</translation>
    </message>
    <message>
        <source>← All cases</source>
        <translation>← Все обращения</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Прикрепить &amp;файл…</translation>
    </message>
    <message>
        <source>Case ID: %1 · State: %2 · Priority: %3</source>
        <extracomment>%1 is the case&apos;s ID, %2 its state (&quot;Pending&quot;…), %3 its priority (&quot;High&quot;…).</extracomment>
        <translation>ID обращения: %1 · Состояние: %2 · Приоритет: %3</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Sent to the case on the next sync</source>
        <translation>Будет отправлено в обращение при следующей синхронизации</translation>
    </message>
</context>
<context>
    <name>cv::ui::CcpPreview</name>
    <message>
        <source>Customer control panel preview</source>
        <translation>Предварительный просмотр панели управления клиента</translation>
    </message>
    <message>
        <source>This is what the customer sees after signing in to the customer control panel.</source>
        <translation>Так клиент видит панель управления после входа в неё.</translation>
    </message>
    <message>
        <source>The customer control panel needs a connection to Connect.</source>
        <translation>Для панели управления клиента требуется подключение к Connect.</translation>
    </message>
    <message>
        <source>The customer control panel of %1 could not be loaded: %2</source>
        <translation>Не удалось загрузить панель управления клиента %1: %2</translation>
    </message>
    <message>
        <source>Asset %1 as the customer sees it. Links open in your browser.</source>
        <translation>Актив %1 глазами клиента. Ссылки открываются в браузере.</translation>
    </message>
    <message>
        <source>Show the panel in one of the product&apos;s languages</source>
        <translation>Показать панель на одном из языков продукта</translation>
    </message>
    <message>
        <source>English (source)</source>
        <translation>Английский (исходный)</translation>
    </message>
    <message>
        <source>Loading the customer control panel of %1…</source>
        <translation>Загрузка панели управления клиента для %1…</translation>
    </message>
</context>
<context>
    <name>cv::ui::ChoicesEditor</name>
    <message>
        <source>Add choice</source>
        <translation>Добавить вариант</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Label (shown)</source>
        <translation>Подпись (отображается)</translation>
    </message>
    <message>
        <source>Value (sent)</source>
        <translation>Значение (отправляется)</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Вариант %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::CommandPalette</name>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Листинг</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>approve</source>
        <extracomment>The word a user types in the command palette to approve a request (&quot;approve PR-1234&quot;), in lower case; matched in any case.</extracomment>
        <translation>approve</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Send local changes and fetch what changed</source>
        <translation>Отправить локальные изменения и получить обновления</translation>
    </message>
    <message>
        <source>Approve a pending request…</source>
        <translation>Одобрить ожидающий запрос…</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; and the request&apos;s id or customer</source>
        <extracomment>%1 is the word that starts an approval in the palette (&quot;approve&quot;).</extracomment>
        <translation>Введите «%1» и ID запроса или клиента</translation>
    </message>
    <message>
        <source>New support case</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>Write to CloudBlue support (Help &amp; Support)</source>
        <translation>Написать в поддержку CloudBlue (Помощь и поддержка)</translation>
    </message>
    <message>
        <source>Show sync conflicts</source>
        <translation>Показать конфликты синхронизации</translation>
    </message>
    <message>
        <source>Decide between your changes and Connect&apos;s</source>
        <translation>Выбрать между вашими изменениями и изменениями в Connect</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Показать уведомления</translation>
    </message>
    <message>
        <source>The emails Connect sent you</source>
        <translation>Письма, отправленные вам Connect</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>%1 is a module&apos;s title (&quot;Usage&quot;, &quot;Help &amp; Support&quot;).</extracomment>
        <translation>Перейти: %1</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <extracomment>%1 is a request&apos;s id (&quot;PR-1234-5678-9012-001&quot;).</extracomment>
        <translation>Одобрить %1</translation>
    </message>
    <message>
        <source>Find a request, product, customer, case… or a command</source>
        <translation>Найти запрос, продукт, клиента, обращение… или команду</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Палитра команд</translation>
    </message>
    <message>
        <source>Type an id, a name or an email, or a command. Up and Down choose, Enter runs, Escape closes.</source>
        <translation>Введите ID, имя, email или команду. Вверх и вниз — выбор, Enter — выполнить, Escape — закрыть.</translation>
    </message>
    <message>
        <source>Command palette results</source>
        <translation>Результаты палитры команд</translation>
    </message>
    <message>
        <source>Nothing in the offline data matches.</source>
        <translation>В офлайн-данных ничего не найдено.</translation>
    </message>
    <message>
        <source>1 result · Enter runs · Esc closes</source>
        <translation>1 результат · Enter — выполнить · Esc — закрыть</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results · Enter runs · Esc closes</source>
        <translation>
            <numerusform>%Ln результат · Enter — выполнить · Esc — закрыть</numerusform>
            <numerusform>%Ln результата · Enter — выполнить · Esc — закрыть</numerusform>
            <numerusform>%Ln результатов · Enter — выполнить · Esc — закрыть</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ConflictsDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Оставить &amp;моё</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Оставить &amp;их</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Keep mine for all</source>
        <translation>Оставить моё для всех</translation>
    </message>
    <message>
        <source>Keep theirs for all</source>
        <translation>Оставить их для всех</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Конфликты синхронизации</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>Их (сервер)</translation>
    </message>
    <message>
        <source>No conflicts: everything you changed offline could be merged.</source>
        <translation>Конфликтов нет: всё, что вы изменили офлайн, удалось объединить.</translation>
    </message>
    <message>
        <source>One field changed both here and on the server since the last sync.</source>
        <translation>С момента последней синхронизации одно поле изменено и здесь, и на сервере.</translation>
    </message>
    <message>
        <source>Choose which value to keep; your other changes to these objects wait until you decide.</source>
        <translation>Выберите, какое значение оставить; остальные ваши изменения этих объектов ждут вашего решения.</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>Не удалось сохранить решение: %1</translation>
    </message>
    <message>
        <source>The decisions could not be saved: %1</source>
        <translation>Не удалось сохранить решения: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить %1</translation>
    </message>
    <message>
        <source>Mine: %1
Theirs: %2

Value to keep:</source>
        <translation>Моё: %1
Их: %2

Оставляемое значение:</translation>
    </message>
    <message>
        <source>The value could not be saved: %1</source>
        <translation>Не удалось сохранить значение: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fields changed both here and on the server since the last sync.</source>
        <translation>
            <numerusform>%n поле изменено и здесь, и на сервере после последней синхронизации.</numerusform>
            <numerusform>%n поля изменены и здесь, и на сервере после последней синхронизации.</numerusform>
            <numerusform>%n полей изменено и здесь, и на сервере после последней синхронизации.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ContractDetailPage</name>
    <message>
        <source>Contract:</source>
        <translation>Контракт:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source> (waiting for sync)</source>
        <translation> (ожидает синхронизации)</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Соглашение:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Подписано:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, автор: %2</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Не подписано</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Выдан:</translation>
    </message>
    <message>
        <source>%1 (%2) · distribution agreement: %3</source>
        <translation>%1 (%2) · соглашение о дистрибуции: %3</translation>
    </message>
    <message>
        <source>Version %1 published</source>
        <translation>Опубликована версия %1</translation>
    </message>
    <message>
        <source>Contract created</source>
        <translation>Создан контракт</translation>
    </message>
    <message>
        <source>Signed (version %1)</source>
        <translation>Подписано (версия %1)</translation>
    </message>
    <message>
        <source>Countersigned by the provider</source>
        <translation>Подписано провайдером</translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation>Контракт прекращён</translation>
    </message>
    <message>
        <source>Signed from this app</source>
        <translation>Подписано из этого приложения</translation>
    </message>
    <message>
        <source>Enrolled from this app</source>
        <translation>Зарегистрировано из этого приложения</translation>
    </message>
    <message>
        <source>on Connect</source>
        <translation>в Connect</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>отправлено %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>отклонено: %1</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>ожидает синхронизации</translation>
    </message>
    <message>
        <source>No distribution agreement under this program yet.</source>
        <translation>В этой программе пока нет соглашения о дистрибуции.</translation>
    </message>
    <message>
        <source>No marketplace.</source>
        <translation>Нет маркетплейса.</translation>
    </message>
    <message>
        <source>← All contracts</source>
        <translation>← Все контракты</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Маркетплейсы</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>Открыть соглашение</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Sent to Connect</source>
        <translation>Отправлено в Connect</translation>
    </message>
    <message>
        <source>Enrollment completed</source>
        <translation>Регистрация завершена</translation>
    </message>
    <message>
        <source>Action from this app: %1</source>
        <extracomment>%1 is the action&apos;s name as Connect&apos;s API writes it (or the error Connect gave for it).</extracomment>
        <translation>Действие из приложения: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::CreateListingDialog</name>
    <message>
        <source>Submit for review now (otherwise it stays a draft)</source>
        <translation>Отправить на проверку сейчас (иначе останется черновиком)</translation>
    </message>
    <message>
        <source>Create listing</source>
        <translation>Создание листинга</translation>
    </message>
    <message>
        <source>What the marketplace asks for: support contact, local contact, notes for the reviewer</source>
        <translation>Что требует маркетплейс: контакт поддержки, местный контакт, примечания для проверяющего</translation>
    </message>
    <message>
        <source>You are offline: the request is saved on this computer and sent to Connect at the next sync.</source>
        <translation>Вы не в сети: запрос сохранён на этом компьютере и будет отправлен в Connect при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Create request</source>
        <translation>Создать запрос</translation>
    </message>
    <message>
        <source>Product (published):</source>
        <translation>Продукт (опубликованный):</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Маркетплейс:</translation>
    </message>
    <message>
        <source>Details for the marketplace:</source>
        <translation>Сведения для маркетплейса:</translation>
    </message>
    <message>
        <source>No published product: publish one under Inventory first.</source>
        <translation>Нет опубликованных продуктов: сначала опубликуйте продукт в разделе «Каталог».</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <extracomment>%1 is a marketplace&apos;s name.</extracomment>
        <translation>%1 (недоступен)</translation>
    </message>
    <message>
        <source>Choose a marketplace to create the request.</source>
        <translation>Выберите маркетплейс, чтобы создать запрос.</translation>
    </message>
    <message>
        <source>This product cannot be listed on any marketplace now: the reasons are under each marketplace above.</source>
        <translation>Сейчас этот продукт нельзя разместить ни на одном маркетплейсе: причины указаны под каждым маркетплейсом выше.</translation>
    </message>
</context>
<context>
    <name>cv::ui::CreateUsageFileDialog</name>
    <message>
        <source>Create usage file</source>
        <translation>Создание файла использования</translation>
    </message>
    <message>
        <source>Usage %1</source>
        <translation>Использование %1</translation>
    </message>
    <message>
        <source>You are offline: the usage file is saved on this computer and created on Connect at the next sync.</source>
        <translation>Вы офлайн: файл использования сохранён на этом компьютере и будет создан в Connect при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>%1 (%2, contract %3)</source>
        <translation>%1 (%2, контракт %3)</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Продукт:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Маркетплейс:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Period (UTC):</source>
        <translation>Период (UTC):</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Download &amp;template…</source>
        <translation>Скачать &amp;шаблон…</translation>
    </message>
    <message>
        <source>The usage template (.xlsx) for this product and period, to fill in offline</source>
        <translation>Шаблон использования (.xlsx) для этого продукта и периода, для заполнения без подключения</translation>
    </message>
    <message>
        <source>Save usage template</source>
        <translation>Сохранить шаблон использования</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Шаблон сохранён в %1.</translation>
    </message>
    <message>
        <source>The template could not be made: %1</source>
        <translation>Не удалось создать шаблон: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>cv::ui::DashboardPage</name>
    <message>
        <source>Short description and detailed overview are filled in.</source>
        <translation>Краткое описание и подробный обзор заполнены.</translation>
    </message>
    <message>
        <source>Fill in the short description and the detailed overview; add a logo.</source>
        <translation>Заполните краткое описание и подробный обзор; добавьте логотип.</translation>
    </message>
    <message>
        <source>Add at least one item (SKU) that customers can buy.</source>
        <translation>Добавьте хотя бы одну позицию (SKU), которую могут купить клиенты.</translation>
    </message>
    <message>
        <source>Add at least one parameter, e.g. the administrator&apos;s email asked when ordering.</source>
        <translation>Добавьте хотя бы один параметр, например e-mail администратора, запрашиваемый при заказе.</translation>
    </message>
    <message>
        <source>The customer description or getting started text is filled in.</source>
        <translation>Описание для клиента или текст «Начало работы» заполнены.</translation>
    </message>
    <message>
        <source>Describe the service and how to get started for customers; edit the templates and actions.</source>
        <translation>Опишите сервис и начало работы для клиентов; настройте шаблоны и действия.</translation>
    </message>
    <message>
        <source>A version of this product is published.</source>
        <translation>Версия этого продукта опубликована.</translation>
    </message>
    <message>
        <source>Publish a version so it can be listed in marketplaces. Publishing needs a connection to Connect.</source>
        <translation>Опубликуйте версию, чтобы продукт можно было разместить на маркетплейсах. Для публикации требуется подключение к Connect.</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Готово</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>%1 is the name of a product page (&quot;Items&quot;, &quot;Parameters&quot;…).</extracomment>
        <translation>Перейти: %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель мониторинга</translation>
    </message>
    <message>
        <source>A preview request was run.</source>
        <translation>Выполнен пробный запрос.</translation>
    </message>
    <message>
        <source>Check how customers will see the product before you publish it (recommended), once the rest is done and synced.</source>
        <translation>Проверьте, как клиенты увидят продукт, до его публикации (рекомендуется), когда всё остальное готово и синхронизировано.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps done. Everything is saved on this computer as you type and sent to Connect by the next sync.</source>
        <extracomment>%1 is how many of the %n steps are done.</extracomment>
        <translation>
            <numerusform>Выполнено шагов: %1 из %n. Всё сохраняется на этом компьютере по мере ввода и отправляется в Connect при следующей синхронизации.</numerusform>
            <numerusform>Выполнено шагов: %1 из %n. Всё сохраняется на этом компьютере по мере ввода и отправляется в Connect при следующей синхронизации.</numerusform>
            <numerusform>Выполнено шагов: %1 из %n. Всё сохраняется на этом компьютере по мере ввода и отправляется в Connect при следующей синхронизации.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 item defined.</source>
        <translation>Определена 1 позиция.</translation>
    </message>
    <message numerus="yes">
        <source>%n items defined.</source>
        <translation>
            <numerusform>Определена %n позиция.</numerusform>
            <numerusform>Определены %n позиции.</numerusform>
            <numerusform>Определено %n позиций.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 parameter defined.</source>
        <translation>Определён 1 параметр.</translation>
    </message>
    <message numerus="yes">
        <source>%n parameters defined.</source>
        <translation>
            <numerusform>Определён %n параметр.</numerusform>
            <numerusform>Определены %n параметра.</numerusform>
            <numerusform>Определено %n параметров.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::DocumentView</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln совпадение</numerusform>
            <numerusform>%Ln совпадения</numerusform>
            <numerusform>%Ln совпадений</numerusform>
        </translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>Совпадение %1 из %2</translation>
    </message>
    <message>
        <source>The document cannot be shown while Connect cannot be reached.</source>
        <translation>Документ нельзя показать, пока Connect недоступен.</translation>
    </message>
    <message>
        <source>The document could not be downloaded: %1</source>
        <translation>Не удалось загрузить документ: %1</translation>
    </message>
    <message>
        <source>This version&apos;s document is a web page of the provider:
%1</source>
        <translation>Документ этой версии — веб-страница провайдера:
%1</translation>
    </message>
    <message>
        <source>Open in browser…</source>
        <translation>Открыть в браузере…</translation>
    </message>
    <message>
        <source>The PDF document could not be read (%1).</source>
        <translation>Не удалось прочитать PDF-документ (%1).</translation>
    </message>
    <message>
        <source>This document (%1, %2) cannot be shown here. You can save it and open it with the program your system uses for it.</source>
        <translation>Этот документ (%1, %2) нельзя показать здесь. Его можно сохранить и открыть программой, которая используется для него в системе.</translation>
    </message>
    <message>
        <source>Open with system viewer…</source>
        <translation>Открыть в системном просмотрщике…</translation>
    </message>
    <message>
        <source>Open %1 in your web browser?</source>
        <translation>Открыть %1 в веб-браузере?</translation>
    </message>
    <message>
        <source>Save %1 and open it with your system&apos;s viewer? Files from the internet can be harmful; open it only if you trust the provider.</source>
        <translation>Сохранить %1 и открыть в системном просмотрщике? Файлы из интернета могут быть опасны; открывайте, только если доверяете провайдеру.</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Открытие документа</translation>
    </message>
    <message>
        <source>The document could not be saved to %1.</source>
        <translation>Не удалось сохранить документ в %1.</translation>
    </message>
    <message>
        <source>Search the document</source>
        <translation>Поиск в документе</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 совпадение</translation>
    </message>
</context>
<context>
    <name>cv::ui::FirstRunPage</name>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <source>Enter the API key of your Connect account (API module › Tokens in the portal).</source>
        <translation>Введите API-ключ учётной записи Connect (модуль API › Токены на портале).</translation>
    </message>
    <message>
        <source>Welcome to Connect Vendor Desktop</source>
        <translation>Добро пожаловать в Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Add a Connect account</source>
        <translation>Добавить учётную запись Connect</translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation>&amp;Конечная точка API:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;ключ:</translation>
    </message>
    <message>
        <source>The key is checked with Connect and kept only in your system keychain.</source>
        <translation>Ключ проверяется в Connect и хранится только в системной связке ключей.</translation>
    </message>
    <message>
        <source>Explore offline with the sandbox</source>
        <translation>Офлайн-знакомство с песочницей</translation>
    </message>
    <message>
        <source>Try every module against a local sandbox account with demo data. No Connect account needed.</source>
        <translation>Попробуйте все модули на локальной учётной записи песочницы с демонстрационными данными. Учётная запись Connect не нужна.</translation>
    </message>
    <message>
        <source>Explore offline</source>
        <translation>Открыть офлайн</translation>
    </message>
    <message>
        <source>Continue with an empty offline workspace</source>
        <translation>Продолжить с пустой офлайн-средой</translation>
    </message>
    <message>
        <source>The built-in sandbox is not available.</source>
        <translation>Встроенная песочница недоступна.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Back to where you were, without adding an account (Esc)</source>
        <translation>Вернуться туда, где вы были, не добавляя учётную запись (Esc)</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Добавить ещё одну учётную запись</translation>
    </message>
    <message>
        <source>Define products, fulfill orders and publish to marketplaces, online or offline. Everything you do is saved on this computer first and synced with Connect.</source>
        <translation>Описывайте продукты, выполняйте заказы и публикуйте их на маркетплейсах — онлайн и офлайн. Всё сначала сохраняется на этом компьютере и синхронизируется с Connect.</translation>
    </message>
</context>
<context>
    <name>cv::ui::FulfillmentPage</name>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Выполнение заказов</translation>
    </message>
    <message>
        <source>Process the requests of your customers: approve, inquire or reject.</source>
        <translation>Обрабатывайте запросы клиентов: одобряйте, запрашивайте данные или отклоняйте.</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Search by request ID, customer or product (Ctrl+F)</source>
        <translation>Поиск по ID запроса, клиенту или продукту (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation>Любой исполнитель</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Любой продукт</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Среда</translation>
    </message>
    <message>
        <source>%1: any</source>
        <extracomment>A filter button: %1 is the filter&apos;s name (&quot;Type&quot;, &quot;Status&quot;, &quot;Environment&quot;).</extracomment>
        <translation>%1: любой</translation>
    </message>
    <message>
        <source>Sign in to an account to see its requests.</source>
        <translation>Войдите в учётную запись, чтобы увидеть её запросы.</translation>
    </message>
    <message>
        <source>No requests in the local cache yet. Sync to fetch them.</source>
        <translation>В локальном кэше пока нет запросов. Выполните синхронизацию, чтобы получить их.</translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation>Нет запросов, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <source>Select pending requests to approve or reject several at once.</source>
        <translation>Выберите ожидающие запросы, чтобы одобрить или отклонить несколько сразу.</translation>
    </message>
    <message>
        <source>Approved, waiting for sync</source>
        <translation>Одобрено, ожидает синхронизации</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>Одобрение выбранных</translation>
    </message>
    <message>
        <source>Rejected, waiting for sync</source>
        <translation>Отклонено, ожидает синхронизации</translation>
    </message>
    <message>
        <source>Reject selected</source>
        <translation>Отклонение выбранных</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>filter: requests created between two dates</comment>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Approve selected…</source>
        <translation>Одобрить выбранные…</translation>
    </message>
    <message>
        <source>Reject selected…</source>
        <translation>Отклонить выбранные…</translation>
    </message>
    <message>
        <source>Show only requests with the status “%1”</source>
        <extracomment>%1 is a request status as shown in the Status column (&quot;Pending&quot;, &quot;Approved&quot;…).</extracomment>
        <translation>Показать только запросы со статусом «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln selected</source>
        <translation>
            <numerusform>%1: выбран %Ln</numerusform>
            <numerusform>%1: выбрано %Ln</numerusform>
            <numerusform>%1: выбрано %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>All · %1</source>
        <extracomment>The filter chip showing every request; %1 is how many there are.</extracomment>
        <translation>Все · %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is &quot;N selected&quot; (requests), %2 is &quot;N pending&quot; (of the selected requests).</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <comment>requests</comment>
        <translation>
            <numerusform>выбран %Ln</numerusform>
            <numerusform>выбрано %Ln</numerusform>
            <numerusform>выбрано %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <comment>selected requests</comment>
        <translation>
            <numerusform>%Ln ожидает</numerusform>
            <numerusform>%Ln ожидают</numerusform>
            <numerusform>%Ln ожидают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %Ln selected…</source>
        <translation>
            <numerusform>Одобрить %Ln выбранный…</numerusform>
            <numerusform>Одобрить %Ln выбранных…</numerusform>
            <numerusform>Одобрить %Ln выбранных…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %Ln selected…</source>
        <translation>
            <numerusform>Отклонить %Ln выбранный…</numerusform>
            <numerusform>Отклонить %Ln выбранных…</numerusform>
            <numerusform>Отклонить %Ln выбранных…</numerusform>
        </translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Поиск запросов</translation>
    </message>
    <message>
        <source>Matches the request ID, the customer&apos;s name or the product&apos;s name</source>
        <translation>Совпадает с ID запроса, именем клиента или названием продукта</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Фильтр по исполнителю</translation>
    </message>
    <message>
        <source>Product filter</source>
        <translation>Фильтр по продукту</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Создан с</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Создан по</translation>
    </message>
    <message>
        <source>Fulfillment requests</source>
        <translation>Запросы на выполнение</translation>
    </message>
    <message>
        <source>Enter opens the request; Shift or Ctrl with the arrows selects several</source>
        <translation>Enter открывает запрос; Shift или Ctrl со стрелками выделяют несколько</translation>
    </message>
    <message>
        <source>Loading requests: %1 of %2</source>
        <translation>Загрузка запросов: %1 из %2</translation>
    </message>
</context>
<context>
    <name>cv::ui::HelpSupportPage</name>
    <message>
        <source>Getting started with Connect</source>
        <translation>Начало работы с Connect</translation>
    </message>
    <message>
        <source>Portals, accounts and users; the supply chain flows.</source>
        <translation>Порталы, учётные записи и пользователи; потоки цепочки поставок.</translation>
    </message>
    <message>
        <source>Account module</source>
        <translation>Модуль «Учётная запись»</translation>
    </message>
    <message>
        <source>Account details, users and invitations (lab: Account Module).</source>
        <translation>Данные учётной записи, пользователи и приглашения (лабораторная: Account Module).</translation>
    </message>
    <message>
        <source>Processing fulfillment requests (tutorial)</source>
        <translation>Обработка запросов на выполнение (руководство)</translation>
    </message>
    <message>
        <source>Step by step: fill the fulfillment parameters and approve a request (lab: Fulfillment).</source>
        <translation>Пошагово: заполнение параметров выполнения и одобрение запроса (лабораторная: Fulfillment).</translation>
    </message>
    <message>
        <source>Requests management</source>
        <translation>Управление запросами</translation>
    </message>
    <message>
        <source>Request details, approve, inquire and reject.</source>
        <translation>Сведения о запросе, одобрение, запрос данных и отклонение.</translation>
    </message>
    <message>
        <source>Listings (video tutorial)</source>
        <translation>Листинги (видеоруководство)</translation>
    </message>
    <message>
        <source>Listing products in a distributor&apos;s marketplaces.</source>
        <translation>Размещение продуктов на маркетплейсах дистрибьютора.</translation>
    </message>
    <message>
        <source>Localization</source>
        <translation>Локализация</translation>
    </message>
    <message>
        <source>Translating product content (lab: Inventory, product profile).</source>
        <translation>Перевод содержимого продукта (лабораторная: Inventory, профиль продукта).</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-токены</translation>
    </message>
    <message>
        <source>Tokens and their module permissions (lab: API Module).</source>
        <translation>Токены и их разрешения на модули (лабораторная: API Module).</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Служба поддержки</translation>
    </message>
    <message>
        <source>Support cases: states, attachments, comments (lab: Help &amp; Support).</source>
        <translation>Обращения в поддержку: состояния, вложения, комментарии (лабораторная: Help &amp; Support).</translation>
    </message>
    <message>
        <source>SDKs and developer tools</source>
        <translation>SDK и инструменты разработчика</translation>
    </message>
    <message>
        <source>Libraries and tools for the Connect API.</source>
        <translation>Библиотеки и инструменты для API Connect.</translation>
    </message>
    <message>
        <source>Connect Community (all documentation)</source>
        <translation>Сообщество Connect (вся документация)</translation>
    </message>
    <message>
        <source>Every module, guide and release note.</source>
        <translation>Все модули, руководства и примечания к выпускам.</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Открывает %1 в браузере</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Что нового</translation>
    </message>
    <message>
        <source>Support cases</source>
        <translation>Обращения в поддержку</translation>
    </message>
    <message>
        <source>Connect&apos;s documentation and tutorials, grouped by the lab&apos;s topics. Click a topic to open it in your web browser.</source>
        <translation>Документация и руководства Connect, сгруппированные по темам лабораторной работы. Нажмите на тему, чтобы открыть её в веб-браузере.</translation>
    </message>
    <message>
        <source>Search cases by subject or ID (Ctrl+F)</source>
        <translation>Поиск обращений по теме или ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Новое обращение</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>ID обращения</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлён</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>(after sync)</source>
        <translation>(после синхронизации)</translation>
    </message>
    <message>
        <source>The account was closed; open it again to write the case.</source>
        <translation>Учётная запись закрыта; откройте её снова, чтобы создать обращение.</translation>
    </message>
    <message>
        <source>Search support cases</source>
        <translation>Поиск обращений в поддержку</translation>
    </message>
    <message>
        <source>Matches the case&apos;s subject or ID</source>
        <translation>Совпадает с темой или ID обращения</translation>
    </message>
    <message>
        <source>Case state filter</source>
        <translation>Фильтр по состоянию обращения</translation>
    </message>
</context>
<context>
    <name>cv::ui::InquireDialog</name>
    <message>
        <source>Inquire: ask the customer</source>
        <translation>Запрос данных у клиента</translation>
    </message>
    <message>
        <source>(no template: the parameter messages only)</source>
        <translation>(без шаблона: только сообщения к параметрам)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Текущее значение</translation>
    </message>
    <message>
        <source>Message for the customer</source>
        <translation>Сообщение для клиента</translation>
    </message>
    <message>
        <source>&amp;Inquire</source>
        <translation>&amp;Запросить данные</translation>
    </message>
    <message>
        <source>Inquire &amp;template:</source>
        <translation>&amp;Шаблон запроса данных:</translation>
    </message>
    <message>
        <source>Write a message next to each parameter the customer must correct:</source>
        <translation>Напишите сообщение рядом с каждым параметром, который клиент должен исправить:</translation>
    </message>
    <message>
        <source>Messages per parameter</source>
        <translation>Сообщения к параметрам</translation>
    </message>
</context>
<context>
    <name>cv::ui::InventoryPage</name>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Create a product from a definition file exported before</source>
        <translation>Создать продукт из ранее экспортированного файла определения</translation>
    </message>
    <message>
        <source>Save the selected product&apos;s definition to a file (JSON in the Connect API shapes)</source>
        <translation>Сохранить определение выбранного продукта в файл (JSON в формате API Connect)</translation>
    </message>
    <message>
        <source>Create Product</source>
        <translation>Создать продукт</translation>
    </message>
    <message>
        <source>Name of the new product (you can change it until the product is published):</source>
        <translation>Название нового продукта (его можно менять, пока продукт не опубликован):</translation>
    </message>
    <message>
        <source>%1

Name of the new product:</source>
        <translation>%1

Название нового продукта:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Название не может быть пустым.</translation>
    </message>
    <message>
        <source>The product was not created: %1</source>
        <translation>Продукт не создан: %1</translation>
    </message>
    <message>
        <source>Open an account (or the sandbox) to see its products.</source>
        <translation>Откройте учётную запись (или песочницу), чтобы увидеть её продукты.</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Нет продуктов, соответствующих «%1».</translation>
    </message>
    <message>
        <source>No products yet.
Click “Create Product” to define your first one; it is saved on this computer and sent to Connect with the next sync.</source>
        <translation>Продуктов пока нет.
Нажмите «Создать продукт», чтобы определить первый; он сохранится на этом компьютере и будет отправлен в Connect при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Search by name or ID (Ctrl+F)</source>
        <translation>Поиск по названию или ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Define a new product (Ctrl+N)</source>
        <translation>Определить новый продукт (Ctrl+N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлён</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Не опубликован</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>No product to export.</source>
        <translation>Нет продукта для экспорта.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Учётная запись не открыта.</translation>
    </message>
    <message>
        <source>%1 is not a product definition: %2 at byte %3.</source>
        <translation>%1 не является определением продукта: %2 в байте %3.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 не импортирован: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Select a product to export first.</source>
        <translation>Сначала выберите продукт для экспорта.</translation>
    </message>
    <message>
        <source>Export product definition</source>
        <translation>Экспорт определения продукта</translation>
    </message>
    <message>
        <source>Product definition (*.json)</source>
        <translation>Определение продукта (*.json)</translation>
    </message>
    <message>
        <source>Import product definition</source>
        <translation>Импорт определения продукта</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Поиск продуктов</translation>
    </message>
    <message>
        <source>Matches the product&apos;s name or ID</source>
        <translation>Совпадает с названием или ID продукта</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукты</translation>
    </message>
</context>
<context>
    <name>cv::ui::ItemDialog</name>
    <message>
        <source>Edit Item</source>
        <translation>Изменение позиции</translation>
    </message>
    <message>
        <source>New Item</source>
        <translation>Новая позиция</translation>
    </message>
    <message>
        <source>e.g. SKU Users</source>
        <translation>например, SKU Users</translation>
    </message>
    <message>
        <source>Manufacturer part number, unique in the product</source>
        <translation>Номер детали производителя, уникальный в пределах продукта</translation>
    </message>
    <message>
        <source>Optional: what the customer gets with this item</source>
        <translation>Необязательно: что клиент получает с этой позицией</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;MPN:</source>
        <translation>&amp;MPN:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>A quantity the customer buys in advance (licenses, users)</source>
        <translation>Количество, которое клиент покупает заранее (лицензии, пользователи)</translation>
    </message>
    <message>
        <source>Billed from reported usage, always monthly</source>
        <translation>Оплата по переданному использованию, всегда ежемесячно</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Billing &amp;period:</source>
        <translation>Расчётный &amp;период:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Единица:</translation>
    </message>
    <message>
        <source>P&amp;recision:</source>
        <translation>&amp;Точность:</translation>
    </message>
    <message>
        <source>&amp;Commitment:</source>
        <translation>&amp;Обязательство:</translation>
    </message>
    <message>
        <source>This item is published: only its name, MPN and description can change.</source>
        <translation>Эта позиция опубликована: можно изменить только название, MPN и описание.</translation>
    </message>
    <message>
        <source>Name and MPN</source>
        <translation>Название и MPN</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Выставление счетов</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Удалить позицию</translation>
    </message>
    <message>
        <source>Only draft items can be deleted.</source>
        <translation>Удалять можно только позиции-черновики.</translation>
    </message>
    <message>
        <source>Pay-as-you-go items have no commitment.</source>
        <translation>У позиций с оплатой по факту нет обязательства.</translation>
    </message>
    <message>
        <source>%1 (not allowed for this period)</source>
        <translation>%1 (недопустимо для этого периода)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ItemsPage</name>
    <message>
        <source>&amp;New Item</source>
        <translation>&amp;Новая позиция</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Расчётный период</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>The SKUs customers buy. Reservation items are bought in advance (users, licenses); pay-as-you-go items are billed monthly from reported usage.</source>
        <translation>SKU, которые покупают клиенты. Позиции с резервированием покупаются заранее (пользователи, лицензии); позиции с оплатой по факту оплачиваются ежемесячно по переданному использованию.</translation>
    </message>
    <message>
        <source>Add an item (Ctrl+N)</source>
        <translation>Добавить позицию (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter by name or MPN</source>
        <translation>Фильтр по названию или MPN</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add item %1</source>
        <translation>Добавить позицию %1</translation>
    </message>
    <message>
        <source>Edit item %1</source>
        <translation>Изменить позицию %1</translation>
    </message>
    <message>
        <source>Delete item %1</source>
        <translation>Удалить позицию %1</translation>
    </message>
    <message>
        <source>Item “%1” deleted.</source>
        <translation>Позиция «%1» удалена.</translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation>Фильтр позиций</translation>
    </message>
    <message>
        <source>Matches the item&apos;s name or MPN</source>
        <translation>Совпадает с названием или MPN позиции</translation>
    </message>
</context>
<context>
    <name>cv::ui::KeychainNotice</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
    <message>
        <source>Opening the system keychain for the sandbox account&apos;s API key.</source>
        <translation>Открытие системной связки ключей для API-ключа учётной записи песочницы.</translation>
    </message>
    <message>
        <source>Opening the system keychain for the account&apos;s API key.</source>
        <translation>Открытие системной связки ключей для API-ключа учётной записи.</translation>
    </message>
    <message>
        <source>Opening the system keychain for the API key of %1.</source>
        <translation>Открытие системной связки ключей для API-ключа %1.</translation>
    </message>
    <message>
        <source>If your desktop now asks for a keyring password (or to create a keyring), that window comes from the system keychain (e.g. GNOME Keyring or KWallet), which keeps saved passwords locked; Connect Vendor Desktop never sees that password. Unlock it to keep the key there.</source>
        <translation>Если система сейчас запросит пароль связки ключей (или предложит создать связку), это окно системной связки ключей (например, GNOME Keyring или KWallet), которая хранит сохранённые пароли под замком; Connect Vendor Desktop этот пароль не видит. Разблокируйте её, чтобы хранить ключ там.</translation>
    </message>
    <message>
        <source>If you cancel it, the sandbox still opens, with a key kept in memory for this run.</source>
        <translation>Если отменить запрос, песочница всё равно откроется с ключом, хранящимся в памяти до конца сеанса.</translation>
    </message>
    <message>
        <source>If you cancel it, the account works offline until you unlock the keychain or enter the key.</source>
        <translation>Если отменить запрос, учётная запись будет работать офлайн, пока вы не разблокируете связку ключей или не введёте ключ.</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read from the system keychain (%2). You can keep working offline: changes are saved on this computer. To sync, unlock your keychain (your desktop&apos;s keyring or password manager) and choose Try again, or enter the key for this run only.</source>
        <translation>Не удалось прочитать API-ключ %1 из системной связки ключей (%2). Можно продолжать работу офлайн: изменения сохраняются на этом компьютере. Для синхронизации разблокируйте связку ключей (связку ключей или менеджер паролей рабочего стола) и нажмите «Повторить» либо введите ключ только для этого сеанса.</translation>
    </message>
    <message>
        <source>declined or not available</source>
        <translation>отклонено или недоступно</translation>
    </message>
    <message>
        <source>&amp;Enter key…</source>
        <translation>&amp;Ввести ключ…</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>Системная связка ключей отказала в доступе.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s key could not be read from the system keychain (it stayed locked, or the key was never stored there).</source>
        <translation>Не удалось прочитать ключ песочницы из системной связки ключей (она осталась заблокированной или ключ в ней не сохранялся).</translation>
    </message>
    <message>
        <source>No system keychain could be used (none available, or its prompt was canceled).</source>
        <translation>Не удалось использовать системную связку ключей (её нет или запрос был отменён).</translation>
    </message>
    <message>
        <source>The sandbox account therefore runs with a memory-only key: a local, throw-away key that opens only the sandbox on this computer. It is not stored in any keychain; the sandbox hands it over again at the next start.</source>
        <translation>Поэтому учётная запись песочницы работает с ключом только в памяти: локальным временным ключом, который открывает только песочницу на этом компьютере. Он не хранится ни в какой связке ключей; песочница выдаёт его снова при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>cv::ui::LandingPage</name>
    <message>
        <source>Welcome to Connect</source>
        <translation>Добро пожаловать в Connect</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Добро пожаловать, %1</translation>
    </message>
    <message>
        <source>Choose a module to get started. Ctrl+1 to Ctrl+0 switch modules from anywhere.</source>
        <translation>Выберите модуль, чтобы начать. Ctrl+1…Ctrl+0 переключают модули из любого места.</translation>
    </message>
</context>
<context>
    <name>cv::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>The language of the interface</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
</context>
<context>
    <name>cv::ui::LinkListEditor</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Новая ссылка</translation>
    </message>
</context>
<context>
    <name>cv::ui::ListingRequestPage</name>
    <message>
        <source>Request:</source>
        <translation>Запрос:</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ещё не отправлен</translation>
    </message>
    <message>
        <source>%1 (not confirmed by Connect yet)</source>
        <extracomment>%1 is the listing request&apos;s state (&quot;In review&quot;…).</extracomment>
        <translation>%1 (ещё не подтверждено Connect)</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Продукт:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Маркетплейс:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Контракт:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Обновлено:</translation>
    </message>
    <message>
        <source>Saved; it is sent to Connect with the next sync.</source>
        <translation>Сохранено; будет отправлено в Connect при следующей синхронизации.</translation>
    </message>
    <message>
        <source>You are offline: this request is saved on this computer and sent to Connect at the next sync.</source>
        <translation>Вы не в сети: этот запрос сохранён на этом компьютере и будет отправлен в Connect при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s provider reviews the request; its state follows the provider&apos;s decision at each sync.</source>
        <translation>Провайдер маркетплейса рассматривает запрос; его состояние при каждой синхронизации отражает решение провайдера.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Отменить запрос</translation>
    </message>
    <message>
        <source>Cancel this listing request?</source>
        <translation>Отменить этот запрос листинга?</translation>
    </message>
    <message>
        <source>Listing request</source>
        <translation>Запрос листинга</translation>
    </message>
    <message>
        <source>← All listing requests</source>
        <translation>← Все запросы листинга</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Отправить на проверку</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Вернуть в черновик</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>Отменить запрос…</translation>
    </message>
    <message>
        <source>New listing request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Новый запрос на листинг для %1</translation>
    </message>
    <message>
        <source>Update request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Запрос на обновление для %1</translation>
    </message>
    <message>
        <source>Removal request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Запрос на снятие для %1</translation>
    </message>
    <message>
        <source>Listing request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Запрос на листинг для %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::ListingsPage</name>
    <message>
        <source>Request removal</source>
        <translation>Запрос на удаление</translation>
    </message>
    <message>
        <source>Request update</source>
        <translation>Запрос на обновление</translation>
    </message>
    <message>
        <source>Ask the provider to remove listing %1 from its marketplace. Reason (optional):</source>
        <translation>Попросить провайдера удалить листинг %1 с маркетплейса. Причина (необязательно):</translation>
    </message>
    <message>
        <source>Ask the provider to update listing %1 to the product&apos;s latest version. Note (optional):</source>
        <translation>Попросить провайдера обновить листинг %1 до последней версии продукта. Примечание (необязательно):</translation>
    </message>
    <message>
        <source>Listing request</source>
        <translation>Запрос листинга</translation>
    </message>
    <message>
        <source>Create listing…</source>
        <translation>Создать листинг…</translation>
    </message>
    <message>
        <source>Request update…</source>
        <translation>Запросить обновление…</translation>
    </message>
    <message>
        <source>Request removal…</source>
        <translation>Запросить удаление…</translation>
    </message>
    <message>
        <source>Select a listed product to ask the provider to update it to its latest version.</source>
        <translation>Выберите размещённый продукт, чтобы попросить провайдера обновить его до последней версии.</translation>
    </message>
    <message>
        <source>Select a listed product to ask the provider to remove it from the marketplace.</source>
        <translation>Выберите размещённый продукт, чтобы попросить провайдера удалить его с маркетплейса.</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Листинги</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Products × marketplaces</source>
        <translation>Продукты × маркетплейсы</translation>
    </message>
    <message>
        <source>Where each published product is listed. Green: listed; yellow: a request is pending; grey: can be listed; red: not allowed (no active distribution contract).</source>
        <translation>Где размещён каждый опубликованный продукт. Зелёный: размещён; жёлтый: есть ожидающий запрос; серый: можно разместить; красный: не разрешено (нет активного контракта на дистрибуцию).</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Контракт</translation>
    </message>
    <message>
        <source>Pending request</source>
        <translation>Ожидающий запрос</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлён</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Search by product, marketplace or ID</source>
        <translation>Поиск по продукту, маркетплейсу или ID</translation>
    </message>
    <message>
        <source>Search listings</source>
        <translation>Поиск листингов</translation>
    </message>
    <message>
        <source>Matches the product, the marketplace or the ID</source>
        <translation>Совпадает с продуктом, маркетплейсом или ID</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Запросы листинга</translation>
    </message>
    <message>
        <source>Products by marketplace</source>
        <translation>Продукты по маркетплейсам</translation>
    </message>
    <message>
        <source>Listing status filter</source>
        <translation>Фильтр по статусу листинга</translation>
    </message>
    <message>
        <source>Request state filter</source>
        <translation>Фильтр по состоянию запроса</translation>
    </message>
    <message>
        <source>Request type filter</source>
        <translation>Фильтр по типу запроса</translation>
    </message>
</context>
<context>
    <name>cv::ui::LocalContentPage</name>
    <message>
        <source>Open link</source>
        <translation>Открыть ссылку</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Открыть этот адрес в веб-браузере?

%1</translation>
    </message>
</context>
<context>
    <name>cv::ui::LocalizationTab</name>
    <message>
        <source>Download .po</source>
        <translation>Скачать .po</translation>
    </message>
    <message>
        <source>Gettext catalogs (*.po)</source>
        <translation>Каталоги gettext (*.po)</translation>
    </message>
    <message>
        <source>Download .ts</source>
        <translation>Скачать .ts</translation>
    </message>
    <message>
        <source>Qt Linguist files (*.ts)</source>
        <translation>Файлы Qt Linguist (*.ts)</translation>
    </message>
    <message>
        <source>Upload translations</source>
        <translation>Загрузить переводы</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Название продукта</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>Подробное описание</translation>
    </message>
    <message>
        <source>Service description</source>
        <translation>Описание услуги</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <source>Provisioning message</source>
        <translation>Сообщение о подготовке</translation>
    </message>
    <message>
        <source>Download link title</source>
        <translation>Заголовок ссылки для скачивания</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Заголовок документа</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Название позиции</translation>
    </message>
    <message>
        <source>Item description</source>
        <translation>Описание позиции</translation>
    </message>
    <message>
        <source>Parameter title</source>
        <translation>Заголовок параметра</translation>
    </message>
    <message>
        <source>Parameter description</source>
        <translation>Описание параметра</translation>
    </message>
    <message>
        <source>Parameter hint</source>
        <translation>Подсказка параметра</translation>
    </message>
    <message>
        <source>Parameter placeholder</source>
        <translation>Заполнитель параметра</translation>
    </message>
    <message>
        <source>Choice label</source>
        <translation>Подпись варианта</translation>
    </message>
    <message>
        <source>Template title</source>
        <translation>Заголовок шаблона</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Текст шаблона</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>Заголовок действия</translation>
    </message>
    <message>
        <source>Action description</source>
        <translation>Описание действия</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Translate what customers see of this product. Edits are saved at once and sent with the next sync; translators can work on a .po (gettext) or .ts (Qt Linguist) file.</source>
        <translation>Переведите то, что клиенты видят в этом продукте. Правки сохраняются сразу и отправляются при следующей синхронизации; переводчики могут работать с файлом .po (gettext) или .ts (Qt Linguist).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Исходный текст</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Search fields and texts</source>
        <translation>Поиск по полям и текстам</translation>
    </message>
    <message>
        <source>&amp;Untranslated first</source>
        <translation>&amp;Сначала непереведённые</translation>
    </message>
    <message>
        <source>Source (English)</source>
        <translation>Исходный текст (английский)</translation>
    </message>
    <message>
        <source>&amp;Download .po</source>
        <translation>&amp;Скачать .po</translation>
    </message>
    <message>
        <source>Download .&amp;ts</source>
        <translation>Скачать .&amp;ts</translation>
    </message>
    <message>
        <source>This product was created on this computer: it can be translated once it has reached Connect (after the next sync).</source>
        <translation>Этот продукт создан на этом компьютере: его можно будет перевести, когда он попадёт в Connect (после следующей синхронизации).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(not translated)</source>
        <translation>(не переведено)</translation>
    </message>
    <message>
        <source>Not translated: customers see the English text.</source>
        <translation>Не переведено: клиенты видят английский текст.</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Сохраняется по мере ввода.</translation>
    </message>
    <message>
        <source>Placeholders and links match the source.</source>
        <translation>Заполнители и ссылки совпадают с исходным текстом.</translation>
    </message>
    <message>
        <source>missing placeholder %1</source>
        <translation>нет заполнителя %1</translation>
    </message>
    <message>
        <source>missing link target %1</source>
        <translation>нет цели ссылки %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: the file has %2 MB; files of more than %3 MB are refused.</source>
        <translation>%1: размер файла %2 МБ; файлы больше %3 МБ не принимаются.</translation>
    </message>
    <message>
        <source>Nothing was applied. Problems in %1:</source>
        <translation>Ничего не применено. Проблемы в %1:</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>Ничего не применено: %1</translation>
    </message>
    <message>
        <source>%1: %2 translations applied; %3 outdated ones left out. They are sent with the next sync.</source>
        <translation>%1: применено переводов: %2; устаревших пропущено: %3. Они будут отправлены при следующей синхронизации.</translation>
    </message>
    <message>
        <source>%1: %2 translations applied. They are sent with the next sync.</source>
        <translation>%1: применено переводов: %2. Они будут отправлены при следующей синхронизации.</translation>
    </message>
    <message>
        <source>U&amp;pload .po…</source>
        <translation>&amp;Загрузить .po…</translation>
    </message>
    <message>
        <source>Upload .ts…</source>
        <translation>Загрузить .ts…</translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation>Добавить язык…</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <source>Nothing to apply: every translation in %1 is already there.</source>
        <translation>Нечего применять: все переводы из %1 уже есть.</translation>
    </message>
    <message>
        <source>Upload of %1 canceled; nothing was applied.</source>
        <translation>Загрузка %1 отменена; ничего не применено.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Добавляемый язык</translation>
    </message>
    <message>
        <source>Texts and their translations</source>
        <translation>Тексты и их переводы</translation>
    </message>
    <message>
        <source>1 text written to %1.</source>
        <translation>1 текст записан в %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n texts written to %1.</source>
        <translation>
            <numerusform>%n текст записан в %1.</numerusform>
            <numerusform>%n текста записано в %1.</numerusform>
            <numerusform>%n текстов записано в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::MainWindow</name>
    <message>
        <source>Add a Connect account</source>
        <translation>Добавить учётную запись Connect</translation>
    </message>
    <message>
        <source>Offline workspace</source>
        <translation>Офлайн-среда</translation>
    </message>
    <message>
        <source>Connect Vendor Desktop</source>
        <translation>Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Sandbox on this computer (%1)</source>
        <translation>Песочница на этом компьютере (%1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>Offline workspace: no account</source>
        <translation>Офлайн-среда: нет учётной записи</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation>Нечего синхронизировать</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Send local changes and fetch what changed (F5)</source>
        <translation>Отправить локальные изменения и получить новые (F5)</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Запуск песочницы…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>No key for %1 could be read from the system keychain (%2).
Enter the key to use it for this run only; it is not saved.</source>
        <translation>Не удалось прочитать ключ для %1 из системной связки ключей (%2).
Введите ключ, чтобы использовать его только в этом сеансе; он не будет сохранён.</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>Нет системной связки ключей</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Sign out of %1? Its API key is removed from this computer&apos;s keychain.</source>
        <translation>Выйти из %1? API-ключ будет удалён из связки ключей этого компьютера.</translation>
    </message>
    <message>
        <source>The offline data of the account can stay for when you sign in again, or be deleted now. Changes not yet sent are lost if you delete it.</source>
        <translation>Офлайн-данные учётной записи можно оставить до следующего входа или удалить сейчас. Ещё не отправленные изменения при удалении будут потеряны.</translation>
    </message>
    <message>
        <source>Sign out and delete offline data</source>
        <translation>Выйти и удалить офлайн-данные</translation>
    </message>
    <message>
        <source>The system keychain could not store the API key (%1).

Keep the key in memory for this run only? You will need to enter it again next time; to keep it, unlock or set up your desktop&apos;s keyring and add the account again.</source>
        <translation>Системной связке ключей не удалось сохранить API-ключ (%1).

Хранить ключ в памяти только в этом сеансе? В следующий раз его нужно будет ввести снова; чтобы сохранить ключ, разблокируйте или настройте связку ключей рабочего стола и добавьте учётную запись снова.</translation>
    </message>
    <message>
        <source>access declined</source>
        <translation>в доступе отказано</translation>
    </message>
    <message>
        <source>Notifications: the emails Connect sent you (Ctrl+Shift+N)</source>
        <translation>Уведомления: письма, отправленные вам Connect (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Theme, sync, proxy, notifications and offline data (Ctrl+,)</source>
        <translation>Тема, синхронизация, прокси, уведомления и офлайн-данные (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ModuleNavigator</name>
    <message>
        <source>Switch module (Ctrl+1 to Ctrl+0)</source>
        <translation>Сменить модуль (Ctrl+1…Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ModulePage</name>
    <message>
        <source>The %1 screens are not built yet in this version of Connect Vendor Desktop.
The module&apos;s data is already synced with Connect and kept on this computer for them.</source>
        <translation>Экраны модуля «%1» ещё не реализованы в этой версии Connect Vendor Desktop.
Данные модуля уже синхронизированы с Connect и хранятся на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>cv::ui::NewCaseDialog</name>
    <message>
        <source>Re&amp;move file</source>
        <translation>У&amp;далить файл</translation>
    </message>
    <message>
        <source>New support case</source>
        <translation>Новое обращение в поддержку</translation>
    </message>
    <message>
        <source>What is the problem, in one line</source>
        <translation>В чём проблема — одной строкой</translation>
    </message>
    <message>
        <source>What happened, what you expected, and the IDs involved (product, request)</source>
        <translation>Что произошло, что вы ожидали и связанные ID (продукт, запрос)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <source>Logs or screenshots, up to %1 each.</source>
        <translation>Журналы или снимки экрана, не более %1 каждый.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Вложения:</translation>
    </message>
    <message>
        <source>The case is saved on this computer at once and sent to Connect on the next sync.</source>
        <translation>Обращение сразу сохраняется на этом компьютере и отправляется в Connect при следующей синхронизации.</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Открыть обращение</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Добавить &amp;файл…</translation>
    </message>
    <message>
        <source>Discard this case?</source>
        <translation>Отменить это обращение?</translation>
    </message>
    <message>
        <source>The subject, description and files you entered are not kept.</source>
        <translation>Введённые тема, описание и файлы не сохранятся.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить редактирование</translation>
    </message>
</context>
<context>
    <name>cv::ui::NotificationsPanel</name>
    <message>
        <source>Notifications are read from Connect: they show when the app is online.</source>
        <translation>Уведомления загружаются из Connect: они отображаются, когда приложение в сети.</translation>
    </message>
    <message>
        <source>The notifications could not be loaded: %1</source>
        <translation>Не удалось загрузить уведомления: %1</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Уведомлений пока нет.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>To the customer, %1 · %2</source>
        <translation>Клиенту, %1 · %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Открыть %1</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Show the request this email is about in Fulfillment</source>
        <translation>Показать запрос, к которому относится это письмо, в разделе «Выполнение заказов»</translation>
    </message>
    <message>
        <source>1 notification</source>
        <translation>1 уведомление</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notifications</source>
        <translation>
            <numerusform>%Ln уведомление</numerusform>
            <numerusform>%Ln уведомления</numerusform>
            <numerusform>%Ln уведомлений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ParameterDialog</name>
    <message>
        <source>Required: the customer must fill it in</source>
        <translation>Обязательный: клиент должен его заполнить</translation>
    </message>
    <message>
        <source>Unique: no two subscriptions may share a value</source>
        <translation>Уникальный: у двух подписок не может быть одинакового значения</translation>
    </message>
    <message>
        <source>Hidden: not shown to the customer</source>
        <translation>Скрытый: не отображается клиенту</translation>
    </message>
    <message>
        <source>Edit Parameter</source>
        <translation>Изменение параметра</translation>
    </message>
    <message>
        <source>Add Parameter</source>
        <translation>Добавление параметра</translation>
    </message>
    <message>
        <source>Used in requests and templates as {{ id }}. Letters, digits, &quot;_&quot; and &quot;-&quot; only.</source>
        <translation>Используется в запросах и шаблонах как {{ id }}. Только буквы, цифры, &quot;_&quot; и &quot;-&quot;.</translation>
    </message>
    <message>
        <source>e.g. Administrator email</source>
        <translation>например, E-mail администратора</translation>
    </message>
    <message>
        <source>Help text shown under the field</source>
        <translation>Текст подсказки под полем</translation>
    </message>
    <message>
        <source>Asked from the customer when ordering</source>
        <translation>Запрашивается у клиента при заказе</translation>
    </message>
    <message>
        <source>Filled in by the vendor while fulfilling the request</source>
        <translation>Заполняется вендором при выполнении запроса</translation>
    </message>
    <message>
        <source>Set by the vendor or provider per product, item or marketplace</source>
        <translation>Задаётся вендором или провайдером для продукта, позиции или маркетплейса</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Область:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>Варианты:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Ограничения:</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>Видимость:</translation>
    </message>
    <message>
        <source>Type, phase and scope are fixed once the parameter exists.</source>
        <translation>Тип, этап и область нельзя изменить после создания параметра.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Идентификация</translation>
    </message>
    <message>
        <source>Type and constraints</source>
        <translation>Тип и ограничения</translation>
    </message>
    <message>
        <source>Delete parameter</source>
        <translation>Удалить параметр</translation>
    </message>
    <message>
        <source>title: Give the parameter a title.</source>
        <translation>title: укажите заголовок параметра.</translation>
    </message>
    <message>
        <source>name: Complete the ID after the &quot;param_&quot; prefix.</source>
        <translation>name: дополните ID после префикса &quot;param_&quot;.</translation>
    </message>
    <message>
        <source>Type, phase and scope are fixed once the parameter exists: to change them, add a new parameter and delete this one.</source>
        <translation>Тип, фаза и область фиксируются после создания параметра: чтобы изменить их, добавьте новый параметр и удалите этот.</translation>
    </message>
</context>
<context>
    <name>cv::ui::ParametersPage</name>
    <message>
        <source>&amp;Add Parameter</source>
        <translation>&amp;Добавить параметр</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательный</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Ordering parameters are asked from the customer; fulfillment parameters are filled in by you while processing the request. Use an ID in templates as {{ id }}.</source>
        <translation>Параметры заказа запрашиваются у клиента; параметры выполнения заполняете вы при обработке запроса. Используйте ID в шаблонах как {{ id }}.</translation>
    </message>
    <message>
        <source>Add a parameter (Ctrl+N)</source>
        <translation>Добавить параметр (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter by ID</source>
        <translation>Фильтр по ID</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Параметры</translation>
    </message>
    <message>
        <source>&amp;Capabilities</source>
        <translation>&amp;Возможности</translation>
    </message>
    <message>
        <source>Add parameter %1</source>
        <translation>Добавить параметр %1</translation>
    </message>
    <message>
        <source>Edit parameter %1</source>
        <translation>Изменить параметр %1</translation>
    </message>
    <message>
        <source>Delete parameter %1</source>
        <translation>Удалить параметр %1</translation>
    </message>
    <message>
        <source>Parameter “%1” deleted.</source>
        <translation>Параметр «%1» удалён.</translation>
    </message>
    <message>
        <source>Filter parameters</source>
        <translation>Фильтр параметров</translation>
    </message>
    <message>
        <source>Matches the parameter&apos;s ID</source>
        <translation>Совпадает с ID параметра</translation>
    </message>
</context>
<context>
    <name>cv::ui::PreviewPage</name>
    <message>
        <source>Previews run in Connect: open an account first.</source>
        <translation>Предварительный просмотр выполняется в Connect: сначала откройте учётную запись.</translation>
    </message>
    <message>
        <source>Previews run in Connect, so they need a connection: this works again once the app is online and synced.</source>
        <translation>Предварительный просмотр выполняется в Connect и требует подключения: функция снова заработает, когда приложение будет в сети и синхронизировано.</translation>
    </message>
    <message>
        <source>This product has not reached Connect yet: sync first, then start the preview.</source>
        <translation>Этот продукт ещё не передан в Connect: сначала выполните синхронизацию, затем запустите предварительный просмотр.</translation>
    </message>
    <message>
        <source>Add at least one item to the product before previewing it.</source>
        <translation>Перед предварительным просмотром добавьте в продукт хотя бы одну позицию.</translation>
    </message>
    <message>
        <source>The preview could not start: %1</source>
        <translation>Не удалось запустить предварительный просмотр: %1</translation>
    </message>
    <message>
        <source>The account was closed.</source>
        <translation>Учётная запись закрыта.</translation>
    </message>
    <message>
        <source>The preview status could not be read: %1</source>
        <translation>Не удалось прочитать статус предварительного просмотра: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>Asset %1 is ready for %2. &lt;a href=&quot;request:%3&quot;&gt;Manual processing is required for the purchase request %3: open it in Fulfillment&lt;/a&gt;</source>
        <translation>Актив %1 готов для %2. &lt;a href=&quot;request:%3&quot;&gt;Запрос на покупку %3 требует ручной обработки: откройте его в разделе «Выполнение заказов»&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Simulate how the product is ordered, fulfilled and seen by the customer. Connect creates a customer and a reseller account, a subscription and a purchase request on the preview connection. Keep the generated details, or turn on Customize to edit them.</source>
        <translation>Имитация заказа продукта, его выполнения и отображения для клиента. Connect создаёт учётные записи клиента и реселлера, подписку и запрос на покупку в подключении для предварительного просмотра. Оставьте сгенерированные данные или включите «Настроить», чтобы изменить их.</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Данные учётной записи</translation>
    </message>
    <message>
        <source>C&amp;ustomize account details</source>
        <translation>&amp;Настроить данные учётных записей</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Reseller (tier 1)</source>
        <translation>Реселлер (уровень 1)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Contact first name</source>
        <translation>Имя контактного лица</translation>
    </message>
    <message>
        <source>Contact last name</source>
        <translation>Фамилия контактного лица</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Asset details</source>
        <translation>Данные актива</translation>
    </message>
    <message>
        <source>Customize &amp;asset details</source>
        <translation>Настроить данные &amp;актива</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ordering parameters:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Параметры заказа:&lt;/b&gt; нет</translation>
    </message>
    <message>
        <source>&lt;b&gt;Item quantities&lt;/b&gt;</source>
        <translation>&lt;b&gt;Количество позиций&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Start Preview</source>
        <translation>&amp;Начать просмотр</translation>
    </message>
    <message>
        <source>Start the simulation in the preview environment (Ctrl+Return)</source>
        <translation>Запустить имитацию в среде предварительного просмотра (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview status&lt;/b&gt;</source>
        <translation>&lt;b&gt;Статус предварительного просмотра&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ordering parameters&lt;/b&gt;&lt;br&gt;Example values, as a customer would enter them. Leave a required one (*) empty to preview an order that waits for the customer: the request is Inquiring and you fill the value in on the customer&apos;s behalf, as in the lab.</source>
        <translation>&lt;b&gt;Параметры заказа&lt;/b&gt;&lt;br&gt;Примеры значений, как их ввёл бы клиент. Оставьте обязательный параметр (*) пустым, чтобы просмотреть заказ, ожидающий клиента: запрос получит статус «Запрос данных», и вы заполните значение от имени клиента, как в лабораторной работе.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Подготовка предпросмотра…</translation>
    </message>
    <message>
        <source>in progress…</source>
        <translation>выполняется…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last preview&lt;/b&gt; (%1): </source>
        <extracomment>Before the result of a preview started earlier (not on this page now); %1 is its date.</extracomment>
        <translation>&lt;b&gt;Последний предпросмотр&lt;/b&gt; (%1): </translation>
    </message>
    <message>
        <source>&lt;b&gt;The preview is ready.&lt;/b&gt; Purchase request %1 was approved and asset %2 is active for %3. Sign in to the customer panel to see the product as the customer does.</source>
        <translation>&lt;b&gt;Предпросмотр готов.&lt;/b&gt; Запрос на покупку %1 одобрен, актив %2 активен для %3. Войдите в панель клиента, чтобы увидеть продукт так, как его видит клиент.</translation>
    </message>
    <message>
        <source>Purchase request %1 is approved on this computer. The preview is ready once the approval has reached Connect: sync (F5).</source>
        <translation>Запрос на покупку %1 одобрен на этом компьютере. Предпросмотр будет готов, когда одобрение дойдёт до Connect: синхронизируйте (F5).</translation>
    </message>
    <message>
        <source>Purchase request %1 was rejected, so this preview ends without a subscription. Start Preview again for a new one.</source>
        <translation>Запрос на покупку %1 отклонён, поэтому этот предпросмотр завершается без подписки. Запустите предпросмотр снова, чтобы создать новый.</translation>
    </message>
    <message>
        <source>Open %1 in Fulfillment</source>
        <extracomment>%1 is a request ID.</extracomment>
        <translation>Открыть %1 в Fulfillment</translation>
    </message>
    <message>
        <source>Sign in to the customer &amp;panel</source>
        <translation>Войти в &amp;панель клиента</translation>
    </message>
    <message>
        <source>See the product as the customer sees it in the customer control panel (CCP; needs a connection)</source>
        <translation>Посмотреть продукт так, как его видит клиент в панели управления (CCP; нужно подключение)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProductListDelegate</name>
    <message>
        <source>%1 · not synced</source>
        <translation>%1 · не синхронизировано</translation>
    </message>
    <message>
        <source>(assigned at the next sync)</source>
        <translation>(присваивается при следующей синхронизации)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProductPage</name>
    <message>
        <source>New product (its ID comes with the next sync)</source>
        <translation>Новый продукт (ID будет получен при следующей синхронизации)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Не опубликован</translation>
    </message>
    <message>
        <source>● Changes saved on this computer, not synced yet</source>
        <translation>● Изменения сохранены на этом компьютере, ещё не синхронизированы</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Синхронизировано</translation>
    </message>
    <message>
        <source>The next sync sends these changes to Connect (F5 syncs now).</source>
        <translation>При следующей синхронизации эти изменения будут отправлены в Connect (F5 — синхронизировать сейчас).</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель мониторинга</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>UI</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Back to all products (Alt+Left)</source>
        <translation>Назад ко всем продуктам (Alt+Left)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+%1</source>
        <translation>Ctrl+Alt+%1</translation>
    </message>
    <message>
        <source>The %1 page of the product comes here.</source>
        <translation>Здесь будет страница продукта «%1».</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>product page: the items (SKUs) the product sells</comment>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>product page: try the product as a customer</comment>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>← All products</source>
        <translation>← Все продукты</translation>
    </message>
    <message>
        <source>Product pages</source>
        <translation>Страницы продукта</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProfilePage</name>
    <message>
        <source>Assigned by Connect at the next sync</source>
        <translation>Присваивается Connect при следующей синхронизации</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>Изменения сохраняются по мере ввода.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Изменить профиль</translation>
    </message>
    <message>
        <source>Saved on this computer; sent with the next sync.</source>
        <translation>Сохранено на этом компьютере; будет отправлено при следующей синхронизации.</translation>
    </message>
    <message>
        <source>This change was not saved: %1</source>
        <translation>Это изменение не сохранено: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Заблокировано: %1</translation>
    </message>
    <message>
        <source>No logo.
Drop a PNG or JPEG here.</source>
        <translation>Нет логотипа.
Перетащите сюда PNG или JPEG.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Logo saved on this computer; uploaded with the next sync.</source>
        <translation>Логотип сохранён на этом компьютере; будет загружен при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Choose the product logo</source>
        <translation>Выбор логотипа продукта</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>ID продукта</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Выбрать &amp;логотип…</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB; a square image of at least 120 × 120 pixels looks best. You can also drop a file on the logo.</source>
        <translation>PNG или JPEG, не более 1 МБ; лучше всего выглядит квадратное изображение размером от 120 × 120 пикселей. Файл можно также перетащить на логотип.</translation>
    </message>
    <message>
        <source>&amp;Short description</source>
        <translation>&amp;Краткое описание</translation>
    </message>
    <message>
        <source>One or two sentences shown in catalogs and search results.</source>
        <translation>Одно-два предложения, отображаемые в каталогах и результатах поиска.</translation>
    </message>
    <message>
        <source>&amp;Detailed overview</source>
        <translation>&amp;Подробный обзор</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, # headings, lists, tables and links. The preview on the right shows it as customers will see it.</source>
        <translation>Markdown: **полужирный**, *курсив*, # заголовки, списки, таблицы и ссылки. Область справа показывает текст так, как его увидят клиенты.</translation>
    </message>
    <message>
        <source>What the product does, who it is for, what is included…</source>
        <translation>Что делает продукт, для кого он, что входит в комплект…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Detailed overview</source>
        <translation>Подробный обзор</translation>
    </message>
    <message>
        <source>“%1” was changed meanwhile (a sync or a conflict decision) while you were typing in it; your text is not saved yet. &lt;a href=&quot;theirs:%2&quot;&gt;Use the new text&lt;/a&gt; · &lt;a href=&quot;mine:%2&quot;&gt;Keep mine&lt;/a&gt;</source>
        <translation>«%1» был изменён (синхронизацией или решением конфликта), пока вы его редактировали; ваш текст ещё не сохранён. &lt;a href=&quot;theirs:%2&quot;&gt;Использовать новый текст&lt;/a&gt; · &lt;a href=&quot;mine:%2&quot;&gt;Оставить мой&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Logo stored on Connect (shown when online).
Drop an image here to replace it.</source>
        <translation>Логотип хранится в Connect (отображается в сети).
Перетащите сюда изображение, чтобы заменить его.</translation>
    </message>
    <message numerus="yes">
        <source>The short description is limited to %n characters; shorten it to save it.</source>
        <translation>
            <numerusform>Краткое описание ограничено %n символом; сократите его, чтобы сохранить.</numerusform>
            <numerusform>Краткое описание ограничено %n символами; сократите его, чтобы сохранить.</numerusform>
            <numerusform>Краткое описание ограничено %n символами; сократите его, чтобы сохранить.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::PublishPage</name>
    <message>
        <source>Publishing needs a connection to Connect. The checklist and the changes are shown from this computer.</source>
        <translation>Для публикации требуется подключение к Connect. Контрольный список и изменения показаны по данным этого компьютера.</translation>
    </message>
    <message>
        <source>Complete the required steps (marked ✗) to publish.</source>
        <translation>Для публикации выполните обязательные шаги (отмечены ✗).</translation>
    </message>
    <message>
        <source>Profile: short and detailed descriptions are filled in</source>
        <translation>Профиль: краткое и подробное описания заполнены</translation>
    </message>
    <message>
        <source>Items: at least one item is defined</source>
        <translation>Позиции: определена хотя бы одна позиция</translation>
    </message>
    <message>
        <source>Items: add at least one item (required)</source>
        <translation>Позиции: добавьте хотя бы одну позицию (обязательно)</translation>
    </message>
    <message>
        <source>Parameters: defined</source>
        <translation>Параметры: определены</translation>
    </message>
    <message>
        <source>Parameters: none defined yet</source>
        <translation>Параметры: пока не определены</translation>
    </message>
    <message>
        <source>Templates: the activation template uses only known parameters</source>
        <translation>Шаблоны: шаблон активации использует только известные параметры</translation>
    </message>
    <message>
        <source>Templates: there is no activation (asset fulfillment) template</source>
        <translation>Шаблоны: нет шаблона активации (выполнение актива)</translation>
    </message>
    <message>
        <source>Preview: a preview request was run</source>
        <translation>Предварительный просмотр: пробный запрос выполнен</translation>
    </message>
    <message>
        <source>Preview: not run yet (recommended)</source>
        <translation>Предварительный просмотр: ещё не выполнен (рекомендуется)</translation>
    </message>
    <message>
        <source>Synced: Connect has every change of the product</source>
        <translation>Синхронизация: в Connect есть все изменения продукта</translation>
    </message>
    <message>
        <source>Synced: changes wait on this computer; sync first (F5) (required)</source>
        <translation>Синхронизация: изменения ожидают на этом компьютере; сначала синхронизируйте (F5) (обязательно)</translation>
    </message>
    <message>
        <source>• The product name cannot be changed after the first version is published.
• Published items cannot be removed, and only their name, MPN and description can be edited.</source>
        <translation>• Название продукта нельзя изменить после публикации первой версии.
• Опубликованные позиции нельзя удалить, а изменить можно только их название, MPN и описание.</translation>
    </message>
    <message>
        <source>Changes since the last published version (loading…)</source>
        <translation>Изменения с последней опубликованной версии (загрузка…)</translation>
    </message>
    <message>
        <source>Changes: first version (compared with nothing)</source>
        <translation>Изменения: первая версия (сравнивать не с чем)</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>Изменения с версии %1</translation>
    </message>
    <message>
        <source>General attributes</source>
        <translation>Общие атрибуты</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Название продукта</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>Подробное описание</translation>
    </message>
    <message>
        <source>Customer UI settings</source>
        <translation>Настройки интерфейса для клиента</translation>
    </message>
    <message>
        <source>versioned (takes effect when published)</source>
        <translation>версионируется (вступает в силу после публикации)</translation>
    </message>
    <message>
        <source>live at once (not versioned)</source>
        <translation>сразу (не версионируется)</translation>
    </message>
    <message>
        <source>No changes since version %1</source>
        <translation>Нет изменений с версии %1</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Publish a new version of “%1”?</source>
        <translation>Опубликовать новую версию «%1»?</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>Ошибка публикации: %1</translation>
    </message>
    <message>
        <source>Version %1 of the product is published. The inventory shows it after this sync.</source>
        <translation>Версия %1 продукта опубликована. Каталог отобразит её после этой синхронизации.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Контрольный список</translation>
    </message>
    <message>
        <source>Before you publish</source>
        <translation>Перед публикацией</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Вступает в силу</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Опубликовать</translation>
    </message>
    <message>
        <source>Publish the next version of the product (Ctrl+Shift+P)</source>
        <translation>Опубликовать следующую версию продукта (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Publishing the new version…</source>
        <translation>Публикация новой версии…</translation>
    </message>
    <message>
        <source>Publish Successful!</source>
        <translation>Публикация выполнена!</translation>
    </message>
    <message>
        <source>Back to the checklist</source>
        <translation>Назад к контрольному списку</translation>
    </message>
    <message>
        <source>Connect to compare this draft with version %1.</source>
        <translation>Подключитесь к Connect, чтобы сравнить этот черновик с версией %1.</translation>
    </message>
    <message>
        <source>Templates: unknown or broken placeholders in the activation template: %1</source>
        <translation>Шаблоны: неизвестные или повреждённые заполнители в шаблоне активации: %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because the published version is read from Connect and there is no connection now</source>
        <extracomment>%1 is the number of the last published version of the product.</extracomment>
        <translation>Изменения с версии %1: неизвестны, так как опубликованная версия читается из Connect, а соединения сейчас нет</translation>
    </message>
    <message>
        <source>Profile: add the short description</source>
        <translation>Профиль: добавьте краткое описание</translation>
    </message>
    <message>
        <source>Profile: add the detailed description</source>
        <translation>Профиль: добавьте подробное описание</translation>
    </message>
    <message>
        <source>Profile: add the short and detailed descriptions</source>
        <translation>Профиль: добавьте краткое и подробное описания</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because Connect did not answer: %2</source>
        <extracomment>%1 is the number of the last published version, %2 the error Connect (or the network) gave.</extracomment>
        <translation>Изменения с версии %1: неизвестны, так как Connect не ответил: %2</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because its contents could not be read from Connect</source>
        <extracomment>%1 is the number of the last published version of the product.</extracomment>
        <translation>Изменения с версии %1: неизвестны, так как её содержимое не удалось прочитать из Connect</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column: added, changed or removed</comment>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Publish checklist</source>
        <translation>Контрольный список публикации</translation>
    </message>
    <message>
        <source>Changes since the last published version</source>
        <translation>Изменения с последней опубликованной версии</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReasonDialog</name>
    <message numerus="yes">
        <source>Reject %Ln requests</source>
        <translation>
            <numerusform>Отклонить %Ln запрос</numerusform>
            <numerusform>Отклонить %Ln запроса</numerusform>
            <numerusform>Отклонить %Ln запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Отклонение запроса</translation>
    </message>
    <message>
        <source>Tell the customer why the request is rejected</source>
        <translation>Сообщите клиенту, почему запрос отклонён</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reject %Ln</source>
        <translation>
            <numerusform>&amp;Отклонить %Ln</numerusform>
            <numerusform>&amp;Отклонить %Ln</numerusform>
            <numerusform>&amp;Отклонить %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>&amp;Reason (required, the customer sees it):</source>
        <translation>&amp;Причина (обязательно, её увидит клиент):</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReportCharts</name>
    <message>
        <source>Requests per day by status</source>
        <translation>Запросы в день по статусам</translation>
    </message>
    <message>
        <source>Requests per day by product</source>
        <translation>Запросы в день по продуктам</translation>
    </message>
    <message>
        <source>Requests per day by type</source>
        <translation>Запросы в день по типам</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Time to fulfill (approved requests; median in days: %1)</source>
        <translation>Время выполнения (одобренные запросы; медиана в днях: %1)</translation>
    </message>
    <message>
        <source>Approved requests</source>
        <translation>Одобренные запросы</translation>
    </message>
    <message>
        <source>up to %1 d</source>
        <translation>до %1 дн.</translation>
    </message>
    <message>
        <source>%1-%2 d</source>
        <translation>%1–%2 дн.</translation>
    </message>
    <message>
        <source>over %1 d</source>
        <translation>более %1 дн.</translation>
    </message>
    <message>
        <source>Requests from %1 to %2: %3; approved: %4.</source>
        <translation>Запросы с %1 по %2: %3; одобрено: %4.</translation>
    </message>
    <message>
        <source>No requests in the cache yet.</source>
        <translation>В кэше пока нет запросов.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReportsPage</name>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Продукт:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Маркетплейс:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Среда:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Выполнить</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>Экспорт в &amp;Excel…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Выполнить &amp;снова</translation>
    </message>
    <message>
        <source>Every export, with its parameters and file. Double-click one or press &quot;Run again&quot; to compute it again from the cache.</source>
        <translation>Все экспорты с их параметрами и файлами. Дважды щёлкните по строке или нажмите «Выполнить снова», чтобы заново вычислить отчёт из кэша.</translation>
    </message>
    <message>
        <source>Ran at</source>
        <translation>Время запуска</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>Готово за %1 с</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any environment</source>
        <translation>Любая среда</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Любой продукт</translation>
    </message>
    <message>
        <source>Any marketplace</source>
        <translation>Любой маркетплейс</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>Экспорт %1 в %2…</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Вычисление %1…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>, %1 in all: %2</source>
        <translation>, всего %1: %2</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>Не удалось вычислить отчёт: %1</translation>
    </message>
    <message>
        <source>Canceled. Nothing was written.</source>
        <translation>Отменено. Ничего не записано.</translation>
    </message>
    <message>
        <source>Exported %1 to %2 in %3 s.</source>
        <translation>%1 экспортирован в %2 за %3 с.</translation>
    </message>
    <message>
        <source>%1, computed from the cache in %2 s%3.</source>
        <translation>%1, вычислено из кэша за %2 с%3.</translation>
    </message>
    <message numerus="yes">
        <source>; the first %Ln are shown</source>
        <translation>
            <numerusform>; показаны первые %Ln</numerusform>
            <numerusform>; показаны первые %Ln</numerusform>
            <numerusform>; показаны первые %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Предварительный просмотр отчёта</translation>
    </message>
    <message>
        <source>Report history</source>
        <translation>История отчётов</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 строка</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 on average: %2</source>
        <translation>, в среднем %1: %2</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Заявитель:</translation>
    </message>
    <message>
        <source>The provider whose marketplace sent the request</source>
        <translation>Провайдер, чья торговая площадка отправила запрос</translation>
    </message>
    <message>
        <source>Any requester</source>
        <translation>Любой заявитель</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestPage</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Внешний ID</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Налоговый номер</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Ожидает синхронизации</translation>
    </message>
    <message>
        <source>Switch to &amp;Pending</source>
        <translation>Перевести в &amp;ожидание</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Назначить &amp;мне</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>Сохранить &amp;примечание</translation>
    </message>
    <message>
        <source>Changed offline; Connect receives the change at the next sync.</source>
        <translation>Изменено офлайн; Connect получит изменение при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Назад к списку (Alt+Left)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Previous quantity</source>
        <translation>Предыдущее количество</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Write a note for this request</source>
        <translation>Напишите примечание к этому запросу</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>The request&apos;s no&amp;te, shared with your team and the distributor:</source>
        <translation>&amp;Примечание к запросу, видимое вашей команде и дистрибьютору:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Requests chain</source>
        <translation>Цепочка запросов</translation>
    </message>
    <message>
        <source>Sign in to &amp;CCP</source>
        <translation>Войти в &amp;CCP</translation>
    </message>
    <message>
        <source>See the product as the customer sees it in the customer control panel (needs a connection)</source>
        <translation>Посмотреть продукт так, как его видит клиент в панели управления (требуется подключение)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · created %4</source>
        <extracomment>%1 is the product (name and ID), %2 the customer (or &quot;no customer&quot;), %3 the environment, %4 the date.</extracomment>
        <translation>%1 · %2 · %3 · создан %4</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>нет клиента</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Исполнитель: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлён</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Дата вступления в силу</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>External UID</source>
        <translation>Внешний UID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Среда</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Вендор</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <source>Marketplace and contract</source>
        <translation>Маркетплейс и контракт</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Контракт</translation>
    </message>
    <message>
        <source>Activation message</source>
        <translation>Сообщение об активации</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Tier 1 (reseller)</source>
        <translation>Уровень 1 (реселлер)</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Уровень 2</translation>
    </message>
    <message>
        <source>No tier accounts on this request.</source>
        <translation>В этом запросе нет учётных записей уровней.</translation>
    </message>
    <message>
        <source>No note yet.</source>
        <translation>Примечаний пока нет.</translation>
    </message>
    <message>
        <source>Your user is not known yet; sync first.</source>
        <translation>Ваш пользователь ещё неизвестен; сначала выполните синхронизацию.</translation>
    </message>
    <message>
        <source>Required before approval.</source>
        <translation>Обязательно перед одобрением.</translation>
    </message>
    <message>
        <source>Switch to Pending</source>
        <translation>Перевести в ожидание</translation>
    </message>
    <message>
        <source>Switch %1 to Pending? The request moves to your processing queue.</source>
        <translation>Перевести %1 в ожидание? Запрос переместится в вашу очередь обработки.</translation>
    </message>
    <message>
        <source>Switched to Pending.</source>
        <translation>Переведено в ожидание.</translation>
    </message>
    <message>
        <source>Approved. Waiting for sync.</source>
        <translation>Одобрено. Ожидает синхронизации.</translation>
    </message>
    <message>
        <source>The customer is asked for more information.</source>
        <translation>У клиента запрошена дополнительная информация.</translation>
    </message>
    <message>
        <source>Rejected. Waiting for sync.</source>
        <translation>Отклонено. Ожидает синхронизации.</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Назначено вам.</translation>
    </message>
    <message>
        <source>Parameters saved. Waiting for sync.</source>
        <translation>Параметры сохранены. Ожидают синхронизации.</translation>
    </message>
    <message>
        <source>Note saved. Waiting for sync.</source>
        <translation>Примечание сохранено. Ожидает синхронизации.</translation>
    </message>
    <message>
        <source>Correct the highlighted parameter before approving.</source>
        <translation>Перед одобрением исправьте выделенный параметр.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>You entered parameter values that are not saved yet. Save them and approve with them?</source>
        <translation>Вы ввели значения параметров, которые ещё не сохранены. Сохранить их и одобрить с ними?</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>&amp;Inquire…</source>
        <translation>&amp;Запросить данные…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Одобрить…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Отклонить…</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>request tab: the items the customer orders</comment>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>&amp;Save and approve…</source>
        <translation>&amp;Сохранить и одобрить…</translation>
    </message>
    <message>
        <source>Items of the request</source>
        <translation>Позиции запроса</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Сведения о запросе</translation>
    </message>
    <message>
        <source>Customer and reseller tiers</source>
        <translation>Уровни клиента и реселлера</translation>
    </message>
    <message>
        <source>Notes history</source>
        <translation>История примечаний</translation>
    </message>
    <message>
        <source>Requests of the same subscription</source>
        <translation>Запросы той же подписки</translation>
    </message>
    <message>
        <source>Enter opens the request</source>
        <translation>Enter открывает запрос</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Все запросы</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestParametersTab</name>
    <message>
        <source>Fulfillment parameters</source>
        <translation>Параметры выполнения</translation>
    </message>
    <message>
        <source>Ordering parameters (given by the customer)</source>
        <translation>Параметры заказа (указаны клиентом)</translation>
    </message>
    <message>
        <source>&amp;Save parameters</source>
        <translation>&amp;Сохранить параметры</translation>
    </message>
    <message>
        <source>Parameters marked * are required before the request can be approved.</source>
        <translation>Параметры, отмеченные *, обязательны для одобрения запроса.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(не выбрано)</translation>
    </message>
    <message>
        <source>Asked of the customer: %1</source>
        <translation>Запрошено у клиента: %1</translation>
    </message>
    <message>
        <source>This product has no fulfillment parameters.</source>
        <translation>У этого продукта нет параметров выполнения.</translation>
    </message>
    <message>
        <source>The parameters cannot be changed in this status.</source>
        <translation>В этом статусе параметры изменить нельзя.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <extracomment>Read by screen readers for a required parameter; %1 is the parameter&apos;s description (may be empty).</extracomment>
        <translation>Обязательное поле. %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestRowDelegate</name>
    <message>
        <source>%1 · not synced</source>
        <translation>%1 · не синхронизировано</translation>
    </message>
</context>
<context>
    <name>cv::ui::ServiceTab</name>
    <message>
        <source>One sentence shown to customers in the subscription&apos;s service tab</source>
        <translation>Одно предложение, которое клиенты видят на вкладке сервиса подписки</translation>
    </message>
    <message>
        <source>Markdown: the first steps after the subscription is activated</source>
        <translation>Markdown: первые шаги после активации подписки</translation>
    </message>
    <message>
        <source>What customers see about the service in their portal. Changes are saved as you type and sent to Connect by the next sync.</source>
        <translation>Что клиенты видят о сервисе в своём портале. Изменения сохраняются по мере ввода и отправляются в Connect при следующей синхронизации.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Getting started:</source>
        <translation>&amp;Начало работы:</translation>
    </message>
    <message>
        <source>Download links:</source>
        <translation>Ссылки для скачивания:</translation>
    </message>
    <message>
        <source>Documentation:</source>
        <translation>Документация:</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Edit service texts</source>
        <translation>Изменить тексты сервиса</translation>
    </message>
    <message>
        <source>Download links</source>
        <translation>Ссылки для скачивания</translation>
    </message>
    <message>
        <source>Documentation links</source>
        <translation>Ссылки на документацию</translation>
    </message>
</context>
<context>
    <name>cv::ui::SettingsDialog</name>
    <message>
        <source>Enter the proxy&apos;s host name and a port from 1 to 65535. Until then the previous setting stays in use.</source>
        <translation>Введите имя хоста прокси и порт от 1 до 65535. До этого используется прежняя настройка.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>The offline data of %1 is cleared.</source>
        <translation>Офлайн-данные %1 очищены.</translation>
    </message>
    <message>
        <source>Some files of %1 could not be deleted: %2</source>
        <translation>Не удалось удалить некоторые файлы %1: %2</translation>
    </message>
    <message>
        <source>Clear offline data</source>
        <translation>Очистить офлайн-данные</translation>
    </message>
    <message>
        <source>The changes waiting to be sent for %1 could not be counted.</source>
        <translation>Не удалось подсчитать изменения %1, ожидающие отправки.</translation>
    </message>
    <message>
        <source>Clearing the offline data deletes them for good. The rest comes back with the next sync.</source>
        <translation>Очистка офлайн-данных удалит их навсегда. Остальное вернётся при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Clear and lose the changes</source>
        <translation>Очистить и потерять изменения</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Offline data</source>
        <translation>Офлайн-данные</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Продолжать работу в трее после закрытия окна</translation>
    </message>
    <message>
        <source>The tray icon shows the pending requests and has Sync now, Pause sync and Quit.</source>
        <translation>Значок в трее показывает ожидающие запросы и содержит команды «Синхронизировать», «Приостановить синхронизацию» и «Выход».</translation>
    </message>
    <message>
        <source>This desktop shows no tray icon, so closing the window quits.</source>
        <translation>Эта среда рабочего стола не показывает значок в трее, поэтому закрытие окна завершает программу.</translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>Синхронизировать &amp;автоматически</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Синхронизировать &amp;каждые:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Sync when an account &amp;opens</source>
        <translation>Синхронизировать при &amp;открытии учётной записи</translation>
    </message>
    <message>
        <source>While automatic sync is off, nothing is sent or fetched until you choose Sync now (F5). Changes made here are kept on this computer meanwhile.</source>
        <translation>Пока автоматическая синхронизация выключена, ничего не отправляется и не загружается, пока вы не выберете «Синхронизировать» (F5). Изменения тем временем хранятся на этом компьютере.</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Использовать &amp;системные настройки прокси</translation>
    </message>
    <message>
        <source>Use this HTTP &amp;proxy:</source>
        <translation>Использовать этот HTTP-&amp;прокси:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>Used for Connect endpoints. The sandbox on this computer is reached directly.</source>
        <translation>Используется для адресов Connect. К песочнице на этом компьютере подключение прямое.</translation>
    </message>
    <message>
        <source>New &amp;pending requests after a sync</source>
        <translation>Новые &amp;ожидающие запросы после синхронизации</translation>
    </message>
    <message>
        <source>Sync &amp;failures that need you (a refused API key, offline data that cannot be written)</source>
        <translation>&amp;Сбои синхронизации, требующие вашего участия (отклонённый API-ключ, невозможность записать офлайн-данные)</translation>
    </message>
    <message>
        <source>New &amp;conflicts</source>
        <translation>Новые &amp;конфликты</translation>
    </message>
    <message>
        <source>Publish &amp;finished</source>
        <translation>&amp;Публикация завершена</translation>
    </message>
    <message>
        <source>Shown as desktop notifications from the tray icon. Being offline is never notified: the app retries by itself.</source>
        <translation>Показываются как уведомления рабочего стола из значка в трее. О работе офлайн не уведомляется: приложение само повторяет попытки.</translation>
    </message>
    <message>
        <source>Offline data is kept in:</source>
        <translation>Офлайн-данные хранятся в:</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>Неотправленные изменения</translation>
    </message>
    <message>
        <source>C&amp;lear offline data…</source>
        <translation>О&amp;чистить офлайн-данные…</translation>
    </message>
    <message>
        <source>Delete the selected account&apos;s offline data; the next sync fetches it again</source>
        <translation>Удалить офлайн-данные выбранной учётной записи; следующая синхронизация загрузит их снова</translation>
    </message>
    <message>
        <source>1 change made on this computer for %1 has not been sent to Connect yet.</source>
        <translation>1 изменение, сделанное на этом компьютере для %1, ещё не отправлено в Connect.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes made on this computer for %1 have not been sent to Connect yet.</source>
        <translation>
            <numerusform>%n изменение, сделанное на этом компьютере для %1, ещё не отправлено в Connect.</numerusform>
            <numerusform>%n изменения, сделанные на этом компьютере для %1, ещё не отправлены в Connect.</numerusform>
            <numerusform>%n изменений, сделанных на этом компьютере для %1, ещё не отправлены в Connect.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline data per account</source>
        <translation>Офлайн-данные по учётным записям</translation>
    </message>
    <message>
        <source>Light and Dark use the Fusion style with a light or dark palette; the previews of Markdown, templates and the customer panel follow the theme.</source>
        <translation>Светлая и Тёмная темы используют стиль Fusion со светлой или тёмной палитрой; предварительный просмотр Markdown, шаблонов и панели клиента следует теме.</translation>
    </message>
</context>
<context>
    <name>cv::ui::StepDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <extracomment>Beside a disabled Add/Next button; %1 lists form fields (&quot;Description, Name&quot;).</extracomment>
        <translation>Ещё нужно: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::SyncStatusWidget</name>
    <message>
        <source>Enter key…</source>
        <translation>Ввести ключ…</translation>
    </message>
    <message>
        <source>sending changes %1/%2</source>
        <extracomment>Sync progress: %1 changes of %2 sent so far.</extracomment>
        <translation>отправка изменений %1/%2</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source> · 1 change waiting to be sent</source>
        <extracomment>Added after the sync state in the status bar (&quot;Synced at 14:05 · 1 change waiting to be sent&quot;).</extracomment>
        <translation> · 1 изменение ожидает отправки</translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation>Нечего синхронизировать</translation>
    </message>
    <message>
        <source>Opening the account…</source>
        <extracomment>%1 is the progress, e.g. &quot;upgrading the offline data: 40%&quot;.</extracomment>
        <translation>Открытие учётной записи…</translation>
    </message>
    <message>
        <source>No API key available: working offline</source>
        <translation>Нет API-ключа: работа офлайн</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <extracomment>%1 is the progress, e.g. &quot;sending changes 3/10&quot;.</extracomment>
        <translation>Синхронизация… %1</translation>
    </message>
    <message>
        <source>Offline: changes are saved here and sent when the connection is back</source>
        <translation>Офлайн: изменения сохраняются здесь и будут отправлены после восстановления связи</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <extracomment>%1 is the error, as Connect or the network gave it.</extracomment>
        <translation>Ошибка синхронизации: %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <extracomment>%1 is the time of the last sync.</extracomment>
        <translation>Синхронизировано в %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>⚠ 1 conflict</source>
        <translation>⚠ 1 конфликт</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln changes waiting to be sent</source>
        <translation>
            <numerusform> · %Ln изменение ожидает отправки</numerusform>
            <numerusform> · %Ln изменения ожидают отправки</numerusform>
            <numerusform> · %Ln изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflicts</source>
        <translation>
            <numerusform>⚠ %n конфликт</numerusform>
            <numerusform>⚠ %n конфликта</numerusform>
            <numerusform>⚠ %n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>upgrading the offline data: %1%</source>
        <extracomment>Shown while an older build&apos;s offline data is converted; %1 is how far, in percent.</extracomment>
        <translation>обновление офлайн-данных: %1%</translation>
    </message>
    <message>
        <source> · 1 change refused by Connect</source>
        <extracomment>Added after the sync state in the status bar (&quot;Synced at 14:05 · 1 change refused by Connect&quot;).</extracomment>
        <translation> · 1 изменение отклонено Connect</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln changes refused by Connect</source>
        <translation>
            <numerusform> · %Ln изменение отклонено Connect</numerusform>
            <numerusform> · %Ln изменения отклонены Connect</numerusform>
            <numerusform> · %Ln изменений отклонено Connect</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the account… %1</source>
        <translation>Открытие учётной записи… %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::TemplatesTab</name>
    <message>
        <source>New template</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>Все шаблоны</translation>
    </message>
    <message>
        <source>Subscription: activation</source>
        <translation>Подписка: активация</translation>
    </message>
    <message>
        <source>Subscription: inquire</source>
        <translation>Подписка: запрос данных</translation>
    </message>
    <message>
        <source>Subscription: pending</source>
        <translation>Подписка: ожидание</translation>
    </message>
    <message>
        <source>Tier 1 setup</source>
        <translation>Настройка уровня 1</translation>
    </message>
    <message>
        <source>Tier 2 setup</source>
        <translation>Настройка уровня 2</translation>
    </message>
    <message>
        <source>Markdown. Type {{ to insert a parameter.</source>
        <translation>Markdown. Введите {{, чтобы вставить параметр.</translation>
    </message>
    <message>
        <source>Insert parameter</source>
        <translation>Вставить параметр</translation>
    </message>
    <message>
        <source>Insert {{ parameter_id }} at the cursor</source>
        <translation>Вставить {{ parameter_id }} в позицию курсора</translation>
    </message>
    <message>
        <source>Render with example values (Ctrl+P)</source>
        <translation>Показать с примерами значений (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>A default template (cannot be deleted)</source>
        <translation>Шаблон по умолчанию (нельзя удалить)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Default templates cannot be deleted.</source>
        <translation>Шаблоны по умолчанию нельзя удалить.</translation>
    </message>
    <message>
        <source>Not available in this template&apos;s phase</source>
        <translation>Недоступно на этапе этого шаблона</translation>
    </message>
    <message>
        <source>Activation form link (%1)</source>
        <translation>Ссылка на форму активации (%1)</translation>
    </message>
    <message>
        <source>The product has no parameters yet</source>
        <translation>У продукта пока нет параметров</translation>
    </message>
    <message>
        <source>Unknown parameter: %1</source>
        <translation>Неизвестный параметр: %1</translation>
    </message>
    <message>
        <source>✓ Every parameter is known.</source>
        <translation>✓ Все параметры известны.</translation>
    </message>
    <message>
        <source>Variables used: none</source>
        <translation>Используемые переменные: нет</translation>
    </message>
    <message>
        <source>Variables used: %1</source>
        <translation>Используемые переменные: %1</translation>
    </message>
    <message>
        <source>Edit template %1</source>
        <translation>Изменить шаблон %1</translation>
    </message>
    <message>
        <source># Thank you for your order

</source>
        <translation># Спасибо за заказ

</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>Новый шаблон %1</translation>
    </message>
    <message>
        <source>Add template %1</source>
        <translation>Добавить шаблон %1</translation>
    </message>
    <message>
        <source>Delete template %1</source>
        <translation>Удалить шаблон %1</translation>
    </message>
    <message>
        <source>“{{ %1 }}” is not a parameter: put exactly one parameter ID between {{ and }}.</source>
        <translation>«{{ %1 }}» не является параметром: укажите ровно один ID параметра между {{ и }}.</translation>
    </message>
    <message>
        <source>“{{ %1” is not closed: end it with }}.</source>
        <translation>«{{ %1» не закрыт: завершите его символами }}.</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>Шаблон «%1» удалён.</translation>
    </message>
    <message>
        <source>%1 is a configuration parameter; this template can use ordering and fulfillment parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 — параметр конфигурации; в этом шаблоне можно использовать параметры заказа и выполнения.</translation>
    </message>
    <message>
        <source>%1 is not an ordering or fulfillment parameter; this template can use only those.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 — не параметр заказа или выполнения; в этом шаблоне можно использовать только их.</translation>
    </message>
    <message>
        <source>%1 is a fulfillment parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 — параметр выполнения; в этом шаблоне можно использовать только параметры заказа.</translation>
    </message>
    <message>
        <source>%1 is a configuration parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 — параметр конфигурации; в этом шаблоне можно использовать только параметры заказа.</translation>
    </message>
    <message>
        <source>%1 is not an ordering parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 — не параметр заказа; в этом шаблоне можно использовать только параметры заказа.</translation>
    </message>
    <message>
        <source>Preview the template in this language</source>
        <translation>Предпросмотр шаблона на этом языке</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A parameter in the Insert menu: %1 its title, %2 its ID, %3 its phase (&quot;Ordering&quot;…).</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>English (source)</source>
        <translation>Английский (исходный)</translation>
    </message>
    <message>
        <source>Template kind filter</source>
        <translation>Фильтр по виду шаблона</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Текст шаблона</translation>
    </message>
    <message>
        <source>Preview language</source>
        <translation>Язык предварительного просмотра</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <extracomment>The preview window&apos;s title; %1 is the template&apos;s name.</extracomment>
        <translation>Предпросмотр: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::TokenDialog</name>
    <message>
        <source>Generate</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Копировать токен</translation>
    </message>
    <message>
        <source>Copy header</source>
        <translation>Копировать заголовок</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>Токен скопирован</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Создать токен</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Модули</translation>
    </message>
    <message>
        <source>The token may only call the API of the modules ticked here.</source>
        <translation>Токен может вызывать API только отмеченных здесь модулей.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Copy the token now. Connect shows it only this once and this app does not keep it: when you close this window it is gone. If you lose it, generate a new token and delete this one.</source>
        <translation>Скопируйте токен сейчас. Connect показывает его только один раз, а приложение его не хранит: после закрытия окна он будет утерян. Если вы его потеряете, создайте новый токен и удалите этот.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>Authorization header for your scripts</source>
        <translation>Заголовок Authorization для ваших скриптов</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>No account is open: a token is generated by Connect for an account.</source>
        <translation>Учётная запись не открыта: токен создаётся Connect для учётной записи.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Создание…</translation>
    </message>
    <message>
        <source>Could not reach Connect, so no secret can be shown: Connect makes it and shows it only in its answer. Try again when online; if a token of this name shows up after the next sync (the answer was lost on the way), delete it. (%1)</source>
        <translation>Не удалось подключиться к Connect, поэтому секрет нельзя показать: Connect создаёт его и показывает только в своём ответе. Повторите попытку в сети; если после следующей синхронизации появится токен с этим именем (ответ был потерян в пути), удалите его. (%1)</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; (%2) is ready</source>
        <translation>Токен &quot;%1&quot; (%2) готов</translation>
    </message>
</context>
<context>
    <name>cv::ui::TokensView</name>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>The change could not be saved in the offline cache, so nothing was changed: %1</source>
        <translation>Не удалось сохранить изменение в офлайн-кэше, поэтому ничего не изменено: %1</translation>
    </message>
    <message>
        <source>Delete token</source>
        <translation>Удалить токен</translation>
    </message>
    <message>
        <source>Delete the token &quot;%1&quot; (%2)? Scripts and extensions using it can no longer call Connect.</source>
        <translation>Удалить токен &quot;%1&quot; (%2)? Скрипты и расширения, использующие его, больше не смогут обращаться к Connect.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>%1: waiting for sync. The change is saved here and goes to Connect with the next sync.</source>
        <translation>%1: ожидает синхронизации. Изменение сохранено здесь и будет отправлено в Connect при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Select a token to see its details. Generate one for each script or system that calls Connect, so that each can be turned off on its own.</source>
        <translation>Выберите токен, чтобы увидеть сведения о нём. Создавайте отдельный токен для каждого скрипта или системы, обращающейся к Connect, чтобы каждый можно было отключить независимо.</translation>
    </message>
    <message>
        <source>%1 · owner %2 · extension %3 · modules: %4</source>
        <translation>%1 · владелец %2 · расширение %3 · модули: %4</translation>
    </message>
    <message>
        <source>all (no restriction)</source>
        <translation>все (без ограничений)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Создать токен</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Активировать</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Деактивировать</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Модули</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Расширение</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Все модули</translation>
    </message>
    <message>
        <source>Search by name, ID, description…</source>
        <translation>Поиск по имени, ID, описанию…</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>Поиск токенов</translation>
    </message>
    <message>
        <source>Matches the token&apos;s name, ID or description</source>
        <translation>Совпадает с названием, ID или описанием токена</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-токены</translation>
    </message>
    <message>
        <source>Token status filter</source>
        <translation>Фильтр по статусу токена</translation>
    </message>
</context>
<context>
    <name>cv::ui::TranslationImportDialog</name>
    <message>
        <source>Upload translations: %1</source>
        <translation>Загрузка переводов: %1</translation>
    </message>
    <message>
        <source>Fields of %1 that will change: %2.</source>
        <translation>Поля %1, которые изменятся: %2.</translation>
    </message>
    <message>
        <source>Left as they are: %1 unchanged, %2 empty (not translated), %3 fuzzy, %4 obsolete.</source>
        <translation>Оставлены как есть: без изменений — %1, пустых (не переведено) — %2, неточных — %3, устаревших — %4.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>After the upload</source>
        <translation>После загрузки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>(not translated)</source>
        <translation>(не переведено)</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Устарел</translation>
    </message>
    <message>
        <source>New translation</source>
        <translation>Новый перевод</translation>
    </message>
    <message>
        <source>The file translated &quot;%1&quot;; the text is now &quot;%2&quot;.</source>
        <translation>Файл переводил «%1»; теперь текст — «%2».</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Apply the outdated translation too (its source text changed since)</source>
        <translation>Применить и устаревший перевод (его исходный текст с тех пор изменился)</translation>
    </message>
    <message numerus="yes">
        <source>Apply the %n outdated translations too (their source text changed since)</source>
        <translation>
            <numerusform>Применить и %n устаревший перевод (его исходный текст с тех пор изменился)</numerusform>
            <numerusform>Применить и %n устаревших перевода (их исходный текст с тех пор изменился)</numerusform>
            <numerusform>Применить и %n устаревших переводов (их исходный текст с тех пор изменился)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::TrayController</name>
    <message>
        <source>Open Connect Vendor Desktop</source>
        <translation>Открыть Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Pause sync</source>
        <translation>Приостановить синхронизацию</translation>
    </message>
    <message>
        <source>Resume sync</source>
        <translation>Возобновить синхронизацию</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>%1: %2 for %3</source>
        <translation>%1: %2 для %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>New pending request</source>
        <translation>Новый ожидающий запрос</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new pending requests</source>
        <translation>
            <numerusform>%Ln новый ожидающий запрос</numerusform>
            <numerusform>%Ln новых ожидающих запроса</numerusform>
            <numerusform>%Ln новых ожидающих запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>New conflict</source>
        <translation>Новый конфликт</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflicts</source>
        <translation>
            <numerusform>%n новый конфликт</numerusform>
            <numerusform>%n новых конфликта</numerusform>
            <numerusform>%n новых конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the same fields were changed here and on Connect. Open the window to choose what to keep.</source>
        <translation>%1: одни и те же поля изменены здесь и в Connect. Откройте окно, чтобы выбрать, что сохранить.</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Синхронизация остановлена</translation>
    </message>
    <message>
        <source>The offline data of %1 could not be written: %2</source>
        <translation>Не удалось записать офлайн-данные %1: %2</translation>
    </message>
    <message>
        <source>Sync needs you</source>
        <translation>Синхронизации нужно ваше участие</translation>
    </message>
    <message>
        <source>Connect refused the API key of %1. Sign in again with a valid key.</source>
        <translation>Connect отклонил API-ключ %1. Войдите снова с действительным ключом.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Publish finished</source>
        <translation>Публикация завершена</translation>
    </message>
    <message>
        <source>Version %1 of %2 is published.</source>
        <translation>Версия %1 продукта %2 опубликована.</translation>
    </message>
    <message>
        <source>Connect Vendor Desktop: 1 pending request</source>
        <translation>Connect Vendor Desktop: 1 ожидающий запрос</translation>
    </message>
    <message numerus="yes">
        <source>Connect Vendor Desktop: %Ln pending requests</source>
        <translation>
            <numerusform>Connect Vendor Desktop: %Ln ожидающий запрос</numerusform>
            <numerusform>Connect Vendor Desktop: %Ln ожидающих запроса</numerusform>
            <numerusform>Connect Vendor Desktop: %Ln ожидающих запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect Vendor Desktop: no pending requests</source>
        <translation>Connect Vendor Desktop: нет ожидающих запросов</translation>
    </message>
    <message>
        <source>%1 (sync paused)</source>
        <translation>%1 (синхронизация приостановлена)</translation>
    </message>
</context>
<context>
    <name>cv::ui::UiPage</name>
    <message>
        <source>Customer UI</source>
        <translation>Интерфейс клиента</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Шаблоны</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Действия</translation>
    </message>
    <message>
        <source>&amp;Localization</source>
        <translation>&amp;Локализация</translation>
    </message>
</context>
<context>
    <name>cv::ui::UndoToast</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Bring it back (Ctrl+Z)</source>
        <translation>Вернуть (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>cv::ui::UploadCheckDialog</name>
    <message>
        <source>Usage file not uploaded</source>
        <translation>Файл использования не загружен</translation>
    </message>
    <message>
        <source>%1 cannot be uploaded: %2. Nothing was sent.</source>
        <translation>%1 нельзя загрузить: %2. Ничего не отправлено.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>1 problem in %1; nothing was sent. Correct it in the spreadsheet and upload it again. Click the problem to see its cell.</source>
        <translation>В %1 найдена 1 проблема; ничего не отправлено. Исправьте её в таблице и загрузите снова. Нажмите на проблему, чтобы увидеть её ячейку.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems in %1; nothing was sent. Correct them in the spreadsheet and upload it again. Click a problem to see its cell.</source>
        <translation>
            <numerusform>В %1 найдена %n проблема; ничего не отправлено. Исправьте их в таблице и загрузите снова. Нажмите на проблему, чтобы увидеть её ячейку.</numerusform>
            <numerusform>В %1 найдено %n проблемы; ничего не отправлено. Исправьте их в таблице и загрузите снова. Нажмите на проблему, чтобы увидеть её ячейку.</numerusform>
            <numerusform>В %1 найдено %n проблем; ничего не отправлено. Исправьте их в таблице и загрузите снова. Нажмите на проблему, чтобы увидеть её ячейку.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::UsageFilePage</name>
    <message>
        <source>← Usage files</source>
        <translation>← Файлы использования</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Скачать шаблон…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Подписка</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Начало (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Конец (UTC)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>%1 · waiting for sync</source>
        <translation>%1 · ожидает синхронизации</translation>
    </message>
    <message>
        <source>%1 · product %2 (%3) · marketplace %4 · contract %5
Period %6 to %7 (UTC) · schema %8 · currency %9 · records: %10 valid, %11 invalid, %12 closed</source>
        <translation>%1 · продукт %2 (%3) · маркетплейс %4 · контракт %5
Период с %6 по %7 (UTC) · схема %8 · валюта %9 · записи: допустимых %10, недопустимых %11, закрытых %12</translation>
    </message>
    <message>
        <source>Acceptance note: %1</source>
        <translation>Примечание о принятии: %1</translation>
    </message>
    <message>
        <source>Rejection note: %1</source>
        <translation>Примечание об отклонении: %1</translation>
    </message>
    <message>
        <source>Connect found problems in the upload:
%1</source>
        <translation>Connect обнаружил проблемы в загруженном файле:
%1</translation>
    </message>
    <message>
        <source>Usage records</source>
        <translation>Записи об использовании</translation>
    </message>
</context>
<context>
    <name>cv::ui::UsagePage</name>
    <message>
        <source>No account is open.</source>
        <translation>Учётная запись не открыта.</translation>
    </message>
    <message>
        <source>The template could not be made: %1</source>
        <translation>Не удалось создать шаблон: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a usage file (%2 MB).</source>
        <translation>%1 слишком велик для файла использования (%2 МБ).</translation>
    </message>
    <message>
        <source>The upload was not queued: %1</source>
        <translation>Загрузка не поставлена в очередь: %1</translation>
    </message>
    <message>
        <source>Save usage template</source>
        <translation>Сохранить шаблон использования</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Usage template</source>
        <translation>Шаблон использования</translation>
    </message>
    <message>
        <source>Upload usage file</source>
        <translation>Загрузить файл использования</translation>
    </message>
    <message>
        <source>Why is the usage rejected? (required)</source>
        <translation>Почему данные об использовании отклонены? (обязательно)</translation>
    </message>
    <message>
        <source>Acceptance note (optional):</source>
        <translation>Примечание о принятии (необязательно):</translation>
    </message>
    <message>
        <source>Usage file</source>
        <translation>Файл использования</translation>
    </message>
    <message>
        <source>Search by name, product, marketplace or id</source>
        <translation>Поиск по названию, продукту, маркетплейсу или ID</translation>
    </message>
    <message>
        <source>Create usage file…</source>
        <translation>Создать файл использования…</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Скачать шаблон…</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Загрузить…</translation>
    </message>
    <message>
        <source>Select a file to download its template or upload its filled spreadsheet; open it for its records and actions.</source>
        <translation>Выберите файл, чтобы скачать его шаблон или загрузить заполненную таблицу; откройте его, чтобы увидеть записи и действия.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Search usage files</source>
        <translation>Поиск файлов использования</translation>
    </message>
    <message>
        <source>Matches the file&apos;s name, product, marketplace or ID</source>
        <translation>Совпадает с именем файла, продуктом, маркетплейсом или ID</translation>
    </message>
    <message>
        <source>Usage files</source>
        <translation>Файлы использования</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Шаблон сохранён в %1.</translation>
    </message>
</context>
<context>
    <name>cv::ui::VerifierView</name>
    <message>
        <source>Could not reach Connect to read the secret; paste it instead.</source>
        <translation>Не удалось подключиться к Connect, чтобы прочитать секрет; вставьте его вручную.</translation>
    </message>
    <message>
        <source>Secret read from Connect.</source>
        <translation>Секрет получен из Connect.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>Paste a call Connect made to your handler: the header lines (at least Authorization), a blank line, then the body. The check uses the webhook&apos;s secret: its Bearer token must be signed with it (JWT, HS256), not expired, and carry the same values as the body.</source>
        <translation>Вставьте вызов, который Connect сделал к вашему обработчику: строки заголовков (как минимум Authorization), пустую строку, затем тело. Проверка использует секрет веб-хука: токен Bearer должен быть подписан им (JWT, HS256), не должен быть просрочен и должен содержать те же значения, что и тело.</translation>
    </message>
    <message>
        <source>Webhook and its secret</source>
        <translation>Веб-хук и его секрет</translation>
    </message>
    <message>
        <source>JWT secret (read it from Connect or paste it)</source>
        <translation>Секрет JWT (получите из Connect или вставьте)</translation>
    </message>
    <message>
        <source>Read from Connect</source>
        <translation>Получить из Connect</translation>
    </message>
    <message>
        <source>Received call</source>
        <translation>Полученный вызов</translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation>Декодированный токен</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Веб-хук</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Секрет веб-хука</translation>
    </message>
    <message>
        <source>The JWT secret the webhook&apos;s calls are signed with</source>
        <translation>Секрет JWT, которым подписываются вызовы веб-хука</translation>
    </message>
</context>
<context>
    <name>cv::ui::WebhookWizard</name>
    <message>
        <source>Copied. Paste it into your handler&apos;s configuration: it verifies each call with it.</source>
        <translation>Скопировано. Вставьте его в конфигурацию обработчика: он проверяет им каждый вызов.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Name the webhook after what it does, so the team recognises it in the list.</source>
        <translation>Назовите веб-хук по тому, что он делает, чтобы команда узнала его в списке.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Connect calls your URL when objects of this class change for this product.</source>
        <translation>Connect вызывает ваш URL, когда объекты этого класса меняются для этого продукта.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Триггер</translation>
    </message>
    <message>
        <source>External URL</source>
        <translation>Внешний URL</translation>
    </message>
    <message>
        <source>JWT secret</source>
        <translation>Секрет JWT</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Дополнительные заголовки</translation>
    </message>
    <message>
        <source>One &quot;Name: value&quot; per line, added to every call.</source>
        <translation>По одному &quot;Имя: значение&quot; на строку; добавляются к каждому вызову.</translation>
    </message>
    <message>
        <source>kept as Connect holds it</source>
        <translation>сохраняется таким, как в Connect</translation>
    </message>
    <message>
        <source>(copy it in step 3)</source>
        <translation>(скопируйте его на шаге 3)</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Изменение веб-хука</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Новый веб-хук</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Create webhook</source>
        <translation>Создать веб-хук</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Новый секрет</translation>
    </message>
    <message>
        <source>Connect keeps this webhook&apos;s secret. Select the webhook and use &quot;Copy secret&quot; to read it.</source>
        <translation>Секрет этого веб-хука хранится в Connect. Выберите веб-хук и нажмите «Копировать секрет», чтобы прочитать его.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Скопировано.</translation>
    </message>
    <message>
        <source>Connect signs each call with this secret (JWT, HS256). Copy it now into your handler; the app does not write it anywhere.</source>
        <translation>Connect подписывает каждый вызов этим секретом (JWT, HS256). Скопируйте его сейчас в свой обработчик; приложение его нигде не сохраняет.</translation>
    </message>
    <message>
        <source>Save keeps the changes here at once; the next sync sends them to Connect.</source>
        <translation>«Сохранить» сразу сохраняет изменения здесь; следующая синхронизация отправит их в Connect.</translation>
    </message>
    <message>
        <source>Create webhook saves it here at once; the next sync creates it on Connect.</source>
        <translation>«Создать вебхук» сразу сохраняет его здесь; следующая синхронизация создаст его в Connect.</translation>
    </message>
</context>
<context>
    <name>cv::ui::WebhooksView</name>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>The webhook could not be saved in the offline cache, so nothing was changed: %1</source>
        <translation>Не удалось сохранить веб-хук в офлайн-кэше, поэтому ничего не изменено: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Не удалось сохранить изменение: %1</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Удалить веб-хук</translation>
    </message>
    <message>
        <source>Delete the webhook &quot;%1&quot;? Connect stops calling %2.</source>
        <translation>Удалить веб-хук &quot;%1&quot;? Connect перестанет вызывать %2.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>This webhook is not on Connect yet: sync first, then send the test.</source>
        <translation>Этого веб-хука ещё нет в Connect: сначала выполните синхронизацию, затем отправьте тест.</translation>
    </message>
    <message>
        <source>Sending the test…</source>
        <translation>Отправка теста…</translation>
    </message>
    <message>
        <source>Test refused at %1 UTC. %2</source>
        <translation>Тест отклонён в %1 UTC. %2</translation>
    </message>
    <message>
        <source>Could not reach Connect at %1 UTC: the test needs a connection. (%2)</source>
        <translation>Не удалось подключиться к Connect в %1 UTC: для теста нужно подключение. (%2)</translation>
    </message>
    <message>
        <source>Test sent at %1 UTC. Connect answered %2 after %3 ms and calls %4 now.</source>
        <translation>Тест отправлен в %1 UTC. Connect ответил %2 через %3 мс и теперь вызывает %4.</translation>
    </message>
    <message>
        <source>No answer from your handler recorded yet.</source>
        <translation>Ответов от вашего обработчика пока не зарегистрировано.</translation>
    </message>
    <message>
        <source>Your handler answered %1 at %2 UTC (%3 ms).</source>
        <translation>Ваш обработчик ответил %1 в %2 UTC (%3 мс).</translation>
    </message>
    <message>
        <source>The call failed at %1 UTC: %2 %3</source>
        <translation>Вызов завершился ошибкой в %1 UTC: %2 %3</translation>
    </message>
    <message>
        <source>Secret copied (%1). It goes to Connect with the next sync.</source>
        <translation>Секрет скопирован (%1). Он будет отправлен в Connect при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Connect makes this webhook&apos;s secret when the webhook reaches it: sync first.</source>
        <translation>Connect создаёт секрет веб-хука, когда веб-хук попадает в Connect: сначала выполните синхронизацию.</translation>
    </message>
    <message>
        <source>Could not read the secret from Connect: %1</source>
        <translation>Не удалось прочитать секрет из Connect: %1</translation>
    </message>
    <message>
        <source>Secret copied (%1). Connect keeps it; this app does not write it anywhere.</source>
        <translation>Секрет скопирован (%1). Он хранится в Connect; приложение его нигде не сохраняет.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Waiting for sync: this webhook&apos;s change is saved here and goes to Connect with the next sync.</source>
        <translation>Ожидает синхронизации: изменение веб-хука сохранено здесь и будет отправлено в Connect при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Select a webhook to see where Connect sends it, test it, or copy its secret.</source>
        <translation>Выберите веб-хук, чтобы увидеть, куда Connect его отправляет, протестировать его или скопировать секрет.</translation>
    </message>
    <message>
        <source>new, not on Connect yet</source>
        <translation>новый, ещё не в Connect</translation>
    </message>
    <message>
        <source>Search by label, product, URL…</source>
        <translation>Поиск по метке, продукту, URL…</translation>
    </message>
    <message>
        <source>Enabled and disabled</source>
        <translation>Включённые и отключённые</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Включено</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключено</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Новый веб-хук</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Отправить тест</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Копировать секрет</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Триггер</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Последний вызов</translation>
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
        <translation>ошибка</translation>
    </message>
    <message>
        <source>The call failed at %1 UTC: no answer. %2</source>
        <translation>Вызов не удался в %1 UTC: нет ответа. %2</translation>
    </message>
    <message>
        <source>Could not read the secret from Connect: there is no connection.</source>
        <translation>Не удалось прочитать секрет из Connect: нет соединения.</translation>
    </message>
    <message>
        <source>1 call, %1 failed</source>
        <translation>1 вызов, неудачных: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n calls, %1 failed</source>
        <extracomment>How often Connect called the webhook; %1 is how many of those failed.</extracomment>
        <translation>
            <numerusform>%n вызов, неудачных: %1</numerusform>
            <numerusform>%n вызова, неудачных: %1</numerusform>
            <numerusform>%n вызовов, неудачных: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · calls %2 · %3</source>
        <extracomment>%1 is the webhook&apos;s ID (or &quot;new, not on Connect yet&quot;), %2 the URL Connect calls, %3 the call counts.</extracomment>
        <translation>%1 · вызовы %2 · %3</translation>
    </message>
    <message>
        <source>Search webhooks</source>
        <translation>Поиск веб-хуков</translation>
    </message>
    <message>
        <source>Matches the webhook&apos;s label, product or URL</source>
        <translation>Совпадает с меткой, продуктом или URL веб-хука</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Веб-хуки</translation>
    </message>
    <message>
        <source>Webhook status filter</source>
        <translation>Фильтр по статусу веб-хука</translation>
    </message>
</context>
<context>
    <name>cv::ui::WordingProxyModel</name>
    <message>
        <source>Changed here; sent to Connect by the next sync</source>
        <translation>Изменено здесь; будет отправлено в Connect при следующей синхронизации</translation>
    </message>
</context>
</TS>
