<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AgreementLabels</name>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribuição</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Sindicação</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Indicação</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Em inscrição</translation>
    </message>
    <message>
        <source>Pending signature</source>
        <translation>Aguardando assinatura</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Não inscrito</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>Para assinar</translation>
    </message>
    <message>
        <source>New version to sign</source>
        <translation>Nova versão para assinar</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Assinado</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>contract status</comment>
        <translation>Ativo</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Inquiring</source>
        <translation>Aguardando informações</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>support case state: waiting for support</comment>
        <translation>Pendente</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Descrição curta</translation>
    </message>
    <message>
        <source>Detailed overview</source>
        <translation>Visão geral detalhada</translation>
    </message>
    <message>
        <source>Service description</source>
        <translation>Descrição do serviço</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <source>Download links</source>
        <translation>Links para download</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentação</translation>
    </message>
    <message>
        <source>Action URL</source>
        <translation>URL da ação</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Período de cobrança</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromisso</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Restrições</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>ID da ação</translation>
    </message>
</context>
<context>
    <name>IntegrationLabels</name>
    <message>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expirando</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renovado</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ativado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Fulfillment requests</source>
        <translation>Solicitações de atendimento</translation>
    </message>
    <message>
        <source>Tier configuration requests</source>
        <translation>Solicitações de configuração de nível</translation>
    </message>
    <message>
        <source>Tier account requests</source>
        <translation>Solicitações de conta de nível</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Solicitações de listagem</translation>
    </message>
    <message>
        <source>Billing requests</source>
        <translation>Solicitações de cobrança</translation>
    </message>
    <message>
        <source>Usage files</source>
        <translation>Arquivos de uso</translation>
    </message>
    <message>
        <source>Any change (event)</source>
        <translation>Qualquer alteração (evento)</translation>
    </message>
    <message>
        <source>Draft validation</source>
        <translation>Validação de rascunho</translation>
    </message>
    <message>
        <source>Inquiring validation</source>
        <translation>Validação de solicitação de informações</translation>
    </message>
    <message>
        <source>Change validation</source>
        <translation>Validação de alteração</translation>
    </message>
    <message>
        <source>Change inquiring validation</source>
        <translation>Validação de solicitação de informações na alteração</translation>
    </message>
    <message>
        <source>Renewal validation</source>
        <translation>Validação de renovação</translation>
    </message>
    <message>
        <source>Renewal inquiring validation</source>
        <translation>Validação de solicitação de informações na renovação</translation>
    </message>
    <message>
        <source>Transfer validation</source>
        <translation>Validação de transferência</translation>
    </message>
    <message>
        <source>Transfer inquiring validation</source>
        <translation>Validação de solicitação de informações na transferência</translation>
    </message>
    <message>
        <source>Draft tier 1 configuration validation</source>
        <translation>Validação de rascunho da configuração do nível 1</translation>
    </message>
    <message>
        <source>Draft tier 2 configuration validation</source>
        <translation>Validação de rascunho da configuração do nível 2</translation>
    </message>
    <message>
        <source>Tier 1 setup inquiring validation</source>
        <translation>Validação de solicitação de informações na configuração do nível 1</translation>
    </message>
    <message>
        <source>Tier 2 setup inquiring validation</source>
        <translation>Validação de solicitação de informações na configuração do nível 2</translation>
    </message>
    <message>
        <source>Tier 1 update validation</source>
        <translation>Validação de atualização do nível 1</translation>
    </message>
    <message>
        <source>Tier 2 update validation</source>
        <translation>Validação de atualização do nível 2</translation>
    </message>
    <message>
        <source>Tier 1 update inquiring validation</source>
        <translation>Validação de solicitação de informações na atualização do nível 1</translation>
    </message>
    <message>
        <source>Tier 2 update inquiring validation</source>
        <translation>Validação de solicitação de informações na atualização do nível 2</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Aguardando sincronização</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obrigatório.</translation>
    </message>
    <message>
        <source>Choose one of the list.</source>
        <translation>Escolha uma opção da lista.</translation>
    </message>
    <message>
        <source>Enter a full http:// or https:// address, e.g. https://hooks.example.com/connect.</source>
        <translation>Informe um endereço http:// ou https:// completo, por exemplo https://hooks.example.com/connect.</translation>
    </message>
    <message>
        <source>Line %1: write each header as &quot;Name: value&quot;.</source>
        <translation>Linha %1: escreva cada cabeçalho como &quot;Nome: valor&quot;.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a header name (letters, digits and - only).</source>
        <translation>Linha %1: &quot;%2&quot; não é um nome de cabeçalho (somente letras, dígitos e -).</translation>
    </message>
    <message>
        <source>Connect says: %1</source>
        <translation>Resposta do Connect: %1</translation>
    </message>
    <message>
        <source>Connect did not accept the API key (401). Check the key in the account settings.</source>
        <translation>O Connect não aceitou a chave de API (401). Verifique a chave nas configurações da conta.</translation>
    </message>
    <message>
        <source>Not allowed: the API key this app uses has no permission for this (Connect answered 403). Give the key&apos;s token this module&apos;s permission, or use another key. %1</source>
        <translation>Não permitido: a chave de API usada por este aplicativo não tem permissão para isso (o Connect respondeu 403). Conceda ao token da chave a permissão deste módulo ou use outra chave. %1</translation>
    </message>
    <message>
        <source>Connect no longer has this object (404): it was deleted elsewhere. %1</source>
        <translation>Este objeto não existe mais no Connect (404): foi excluído em outro lugar. %1</translation>
    </message>
    <message>
        <source>Conflict: someone changed this on Connect at the same time (409). %1</source>
        <translation>Conflito: alguém alterou isto no Connect ao mesmo tempo (409). %1</translation>
    </message>
    <message>
        <source>Connect refused this change (%1): %2 Change it and save again, or Dismiss to keep Connect&apos;s version.</source>
        <translation>O Connect recusou esta alteração (%1): %2 Corrija e salve novamente ou clique em Descartar para manter a versão do Connect.</translation>
    </message>
    <message>
        <source>Connect refused this change: %1</source>
        <translation>O Connect recusou esta alteração: %1</translation>
    </message>
    <message>
        <source>Valid: the token is signed with this webhook&apos;s secret and the body matches it.</source>
        <translation>Válido: o token está assinado com o segredo deste webhook e o corpo corresponde a ele.</translation>
    </message>
    <message>
        <source>Choose a webhook whose secret to check with (or paste the secret).</source>
        <translation>Escolha o webhook cujo segredo será usado na verificação (ou cole o segredo).</translation>
    </message>
    <message>
        <source>Refused: the delivery has no Authorization header.</source>
        <translation>Recusado: a entrega não tem cabeçalho Authorization.</translation>
    </message>
    <message>
        <source>Refused: the Authorization header is not &quot;Bearer &lt;token&gt;&quot;.</source>
        <translation>Recusado: o cabeçalho Authorization não está no formato &quot;Bearer &lt;token&gt;&quot;.</translation>
    </message>
    <message>
        <source>Refused: the Bearer token is not a JSON Web Token (%1).</source>
        <translation>Recusado: o token Bearer não é um JSON Web Token (%1).</translation>
    </message>
    <message>
        <source>Refused: the token is signed with &quot;%1&quot;; Connect signs with HS256 only.</source>
        <translation>Recusado: o token está assinado com &quot;%1&quot;; o Connect assina somente com HS256.</translation>
    </message>
    <message>
        <source>Refused: the signature does not match. The token was changed on the way, or signed with another secret.</source>
        <translation>Recusado: a assinatura não confere. O token foi alterado no caminho ou assinado com outro segredo.</translation>
    </message>
    <message>
        <source>Refused: the token expired at %1 (UTC).</source>
        <translation>Recusado: o token expirou em %1 (UTC).</translation>
    </message>
    <message>
        <source>Refused: the token is not valid before %1 (UTC).</source>
        <translation>Recusado: o token não é válido antes de %1 (UTC).</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>status of a token or webhook</comment>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>status of a token or webhook</comment>
        <translation>Pendente</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Use no máximo %n caractere.</numerusform>
            <numerusform>Use no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: the body is not a JSON object, so it cannot be checked against the signed token.</source>
        <translation>Recusado: o corpo não é um objeto JSON, portanto não pode ser verificado com o token assinado.</translation>
    </message>
    <message>
        <source>Refused: the body does not match the signed token. These fields have other values than the signed ones: %1.</source>
        <extracomment>%1 lists the body&apos;s fields, e.g. &quot;id, status&quot;.</extracomment>
        <translation>Recusado: o corpo não corresponde ao token assinado. Estes campos têm valores diferentes dos assinados: %1.</translation>
    </message>
</context>
<context>
    <name>ListingLabels</name>
    <message>
        <source>Listed</source>
        <translation>Listado</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Não listado</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>Nova listagem</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Atualização</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Remoção</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Em análise</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Implantando</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Não permitido</translation>
    </message>
    <message>
        <source>The distribution contract is not active yet (%1).</source>
        <translation>O contrato de distribuição ainda não está ativo (%1).</translation>
    </message>
    <message>
        <source>Already listed (%1).</source>
        <translation>Já listado (%1).</translation>
    </message>
    <message>
        <source>A listing request is already open (%1).</source>
        <translation>Já existe uma solicitação de listagem aberta (%1).</translation>
    </message>
    <message>
        <source>%1 is not in this account&apos;s data.</source>
        <translation>%1 não está nos dados desta conta.</translation>
    </message>
    <message>
        <source>Only published products can be listed (this one is %1).</source>
        <translation>Somente produtos publicados podem ser listados (este está %1).</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Não foi possível salvar a alteração: %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>listing: a request to list the product waits for review</comment>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>No active distribution contract: enroll in the marketplace&apos;s distribution agreement under Agreements first.</source>
        <translation>Nenhum contrato de distribuição ativo: inscreva-se primeiro no acordo de distribuição do marketplace em Acordos.</translation>
    </message>
    <message>
        <source>Not possible while its state is “%1”.</source>
        <translation>Não é possível enquanto o estado for “%1”.</translation>
    </message>
</context>
<context>
    <name>ModuleInfo</name>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Atendimento</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acordos</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listagens</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Help &amp; Support</source>
        <translation>Ajuda e suporte</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventário</translation>
    </message>
    <message>
        <source>Every module at a glance.</source>
        <translation>Todos os módulos em um só lugar.</translation>
    </message>
    <message>
        <source>Process orders from resellers: purchases, changes, suspensions and cancellations.</source>
        <translation>Processe pedidos de revendedores: compras, alterações, suspensões e cancelamentos.</translation>
    </message>
    <message>
        <source>Your account details and the users who can access it.</source>
        <translation>Os dados da sua conta e os usuários que têm acesso a ela.</translation>
    </message>
    <message>
        <source>Tokens and webhooks to integrate Connect with your own systems.</source>
        <translation>Tokens e webhooks para integrar o Connect aos seus próprios sistemas.</translation>
    </message>
    <message>
        <source>Program and distribution agreements with your providers.</source>
        <translation>Acordos de programa e de distribuição com seus provedores.</translation>
    </message>
    <message>
        <source>List your products on marketplaces you have a distribution agreement with.</source>
        <translation>Liste seus produtos nos marketplaces com os quais você tem um acordo de distribuição.</translation>
    </message>
    <message>
        <source>Report pay-as-you-go consumption of your products.</source>
        <translation>Informe o consumo dos seus produtos com pagamento por uso.</translation>
    </message>
    <message>
        <source>Knowledge base, release notes and support cases.</source>
        <translation>Base de conhecimento, notas de versão e chamados de suporte.</translation>
    </message>
    <message>
        <source>Define, preview and publish your products.</source>
        <translation>Defina, pré-visualize e publique seus produtos.</translation>
    </message>
    <message>
        <source>Reports on orders, subscriptions, billing and usage, made from the synced data.</source>
        <translation>Relatórios de pedidos, assinaturas, faturamento e consumo, a partir dos dados sincronizados.</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Connect refused this value: %1</source>
        <translation>O Connect recusou este valor: %1</translation>
    </message>
    <message>
        <source>Your API key has no permission for this change. Ask an administrator of the account to grant it, or use a key that has it. Your change is kept here.</source>
        <translation>Sua chave de API não tem permissão para esta alteração. Peça a um administrador da conta que a conceda ou use uma chave que a tenha. Sua alteração foi mantida aqui.</translation>
    </message>
    <message>
        <source>Connect said: %1</source>
        <translation>Resposta do Connect: %1</translation>
    </message>
    <message>
        <source>Changed on Connect too since your edit: open the conflicts in the status bar to choose which version to keep.</source>
        <translation>Também alterado no Connect desde a sua edição: abra os conflitos na barra de status para escolher qual versão manter.</translation>
    </message>
    <message>
        <source>Connect cannot be reached: your change is saved on this computer and is sent on the next sync.</source>
        <translation>Não é possível acessar o Connect: sua alteração foi salva neste computador e será enviada na próxima sincronização.</translation>
    </message>
    <message>
        <source>This no longer exists on Connect (someone may have removed it).</source>
        <translation>Isto não existe mais no Connect (alguém pode tê-lo removido).</translation>
    </message>
    <message>
        <source>Connect refused this change.</source>
        <translation>O Connect recusou esta alteração.</translation>
    </message>
    <message>
        <source>Connect refused this change: %1</source>
        <translation>O Connect recusou esta alteração: %1</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting for sync (Connect cannot be reached now, it is sent when the connection is back)</source>
        <translation>Salvo neste computador; aguardando sincronização (o Connect não está acessível agora; o envio ocorrerá quando a conexão voltar)</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Aguardando sincronização</translation>
    </message>
    <message>
        <source>Waiting for sync (offline)</source>
        <translation>Aguardando sincronização (offline)</translation>
    </message>
    <message>
        <source>Waiting for sync: saved on this computer, sent with the next sync (F5 syncs now)</source>
        <translation>Aguardando sincronização: salvo neste computador, enviado na próxima sincronização (F5 sincroniza agora)</translation>
    </message>
</context>
<context>
    <name>ProductLabels</name>
    <message>
        <source>Reservation</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>Pagamento por uso</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Única</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensal</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <source>Monthly trial</source>
        <translation>Avaliação mensal</translation>
    </message>
    <message>
        <source>7-day trial</source>
        <translation>Avaliação de 7 dias</translation>
    </message>
    <message>
        <source>14-day trial</source>
        <translation>Avaliação de 14 dias</translation>
    </message>
    <message>
        <source>30-day trial</source>
        <translation>Avaliação de 30 dias</translation>
    </message>
    <message>
        <source>Integer (whole units)</source>
        <translation>Inteiro (unidades inteiras)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>1 billing period</source>
        <translation>1 período de cobrança</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 ano</translation>
    </message>
    <message>
        <source>Single line text</source>
        <translation>Texto de uma linha</translation>
    </message>
    <message>
        <source>Drop-down list</source>
        <translation>Lista suspensa</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>Checkboxes</source>
        <translation>Caixas de seleção</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Subdomínio</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Endereço postal</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>Objeto JSON</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Radio buttons (choice)</source>
        <translation>Botões de opção (escolha)</translation>
    </message>
    <message>
        <source>Heading (form section title)</source>
        <translation>Cabeçalho (título de seção do formulário)</translation>
    </message>
    <message>
        <source>Content (read-only text)</source>
        <translation>Conteúdo (texto somente leitura)</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Asset (subscription)</source>
        <translation>Ativo (assinatura)</translation>
    </message>
    <message>
        <source>Tier 1 (reseller)</source>
        <translation>Nível 1 (revendedor)</translation>
    </message>
    <message>
        <source>Tier 2 (reseller)</source>
        <translation>Nível 2 (revendedor)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Item and marketplace</source>
        <translation>Item e marketplace</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Ativação</translation>
    </message>
    <message>
        <source>Inquire</source>
        <translation>Solicitar informações</translation>
    </message>
    <message>
        <source>Tier setup</source>
        <translation>Configuração de nível</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>End of sale</source>
        <translation>Fim de venda</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Caixas de correio</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Booleano</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Caixas</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chamadas</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computadores</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Funcionários</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faturas</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Endereços IP</translation>
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
        <translation>MB-hora (pagamento por uso)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <source>MHz-hours (pay-as-you-go)</source>
        <translation>MHz-hora (pagamento por uso)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Mobile devices</source>
        <translation>Dispositivos móveis</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Lojas</translation>
    </message>
    <message>
        <source>Unit-hours (pay-as-you-go)</source>
        <translation>Unidade-hora (pagamento por uso)</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sites</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <extracomment>A billing period of several years; %n is the number of years (2 or more).</extracomment>
        <translation>
            <numerusform>A cada %n ano</numerusform>
            <numerusform>A cada %n anos</numerusform>
        </translation>
    </message>
    <message>
        <source>Decimal, 1 digit</source>
        <translation>Decimal, 1 dígito</translation>
    </message>
    <message numerus="yes">
        <source>Decimal, %n digits</source>
        <extracomment>%n is how many digits after the decimal point.</extracomment>
        <translation>
            <numerusform>Decimal, %n dígito</numerusform>
            <numerusform>Decimal, %n dígitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billing periods</source>
        <translation>
            <numerusform>%n período de cobrança</numerusform>
            <numerusform>%n períodos de cobrança</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
        </translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <comment>parameter phase: asked while the vendor fulfills the request</comment>
        <translation>Atendimento</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>template type: shown while a subscription request waits</comment>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>unit of measure</comment>
        <translation>Itens</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Fulfillment requests</source>
        <translation>Solicitações de atendimento</translation>
    </message>
    <message>
        <source>Fulfillment requests: line items</source>
        <translation>Solicitações de atendimento: itens de linha</translation>
    </message>
    <message>
        <source>Requests failed with a vendor reason</source>
        <translation>Solicitações com falha por motivo do fornecedor</translation>
    </message>
    <message>
        <source>Billing requests</source>
        <translation>Solicitações de cobrança</translation>
    </message>
    <message>
        <source>Billing requests: line items</source>
        <translation>Solicitações de cobrança: itens de linha</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Assinaturas</translation>
    </message>
    <message>
        <source>Tier configuration requests</source>
        <translation>Solicitações de configuração de nível</translation>
    </message>
    <message>
        <source>Tier configurations</source>
        <translation>Configurações de nível</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Solicitações de listagem</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listagens</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Usage per subscription</source>
        <translation>Uso por assinatura</translation>
    </message>
    <message>
        <source>SLA of pending requests</source>
        <translation>SLA das solicitações pendentes</translation>
    </message>
    <message>
        <source>Helpdesk cases</source>
        <translation>Chamados de suporte</translation>
    </message>
    <message>
        <source>One row per request: customer and tiers, product, marketplace, connection, items and parameters.</source>
        <translation>Uma linha por solicitação: cliente e níveis, produto, marketplace, conexão, itens e parâmetros.</translation>
    </message>
    <message>
        <source>One row per item of each request, with its quantity and the previous one.</source>
        <translation>Uma linha por item de cada solicitação, com sua quantidade e a anterior.</translation>
    </message>
    <message>
        <source>Failed requests and the reason the vendor gave.</source>
        <translation>Solicitações com falha e o motivo informado pelo fornecedor.</translation>
    </message>
    <message>
        <source>Vendor and provider billing requests with their period.</source>
        <translation>Solicitações de cobrança de fornecedor e provedor com seu período.</translation>
    </message>
    <message>
        <source>One row per billed item and cycle.</source>
        <translation>Uma linha por item cobrado e ciclo.</translation>
    </message>
    <message>
        <source>Subscriptions (assets) with their customer, billing period and next billing date.</source>
        <translation>Assinaturas (ativos) com cliente, período de cobrança e data da próxima cobrança.</translation>
    </message>
    <message>
        <source>Tier configuration requests of resellers.</source>
        <translation>Solicitações de configuração de nível de revendedores.</translation>
    </message>
    <message>
        <source>Tier configurations and their accounts.</source>
        <translation>Configurações de nível e suas contas.</translation>
    </message>
    <message>
        <source>Requests to list products in marketplaces.</source>
        <translation>Solicitações para listar produtos em marketplaces.</translation>
    </message>
    <message>
        <source>Where the products are listed.</source>
        <translation>Onde os produtos estão listados.</translation>
    </message>
    <message>
        <source>Customers and resellers (tier accounts) with their contacts.</source>
        <translation>Clientes e revendedores (contas de nível) com seus contatos.</translation>
    </message>
    <message>
        <source>Program and distribution contracts.</source>
        <translation>Contratos de programa e de distribuição.</translation>
    </message>
    <message>
        <source>Usage records grouped by subscription.</source>
        <translation>Registros de uso agrupados por assinatura.</translation>
    </message>
    <message>
        <source>Open requests with the days they have waited: ok up to 2 days, warning up to 5, then overdue.</source>
        <translation>Solicitações em aberto com os dias de espera: ok até 2 dias, alerta até 5, depois atrasada.</translation>
    </message>
    <message>
        <source>Support cases with their state and dates.</source>
        <translation>Chamados de suporte com seu estado e datas.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Inquiring</source>
        <translation>Aguardando informações</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Tiers setup</source>
        <translation>Configuração de níveis</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Agendado</translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>Revogando</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revogado</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspensão</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelamento</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renovação</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferência</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processando</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Encerrando</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspenso</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Atualização</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listado</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Não listado</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remoção</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>Em análise</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Implantando</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendedor</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribuição</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Indicação</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Em inscrição</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Inválido</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechado</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produção</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>start</source>
        <translation>início</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <source>Tier account requests</source>
        <translation>Solicitações de conta de nível</translation>
    </message>
    <message>
        <source>Changes of customer and reseller accounts sent to you to accept or ignore.</source>
        <translation>Alterações de contas de clientes e revendedores enviadas a você para aceitar ou ignorar.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>Não suportado</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>Tiers setup</source>
        <translation>Configuração de níveis</translation>
    </message>
    <message>
        <source>Inquiring</source>
        <translation>Aguardando informações</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Agendado</translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>Revogando</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revogado</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produção</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>The request is no longer in the cache.</source>
        <translation>A solicitação não está mais no cache.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Escolha um modelo.</translation>
    </message>
    <message>
        <source>The template is not one of this product&apos;s templates for this action.</source>
        <translation>O modelo não é um dos modelos deste produto para esta ação.</translation>
    </message>
    <message>
        <source>Give a reason for the customer.</source>
        <translation>Informe um motivo para o cliente.</translation>
    </message>
    <message>
        <source>Choose an inquire template or write a message on at least one parameter.</source>
        <translation>Escolha um modelo de solicitação de informações ou escreva uma mensagem em pelo menos um parâmetro.</translation>
    </message>
    <message>
        <source>Your user is not known yet; sync first.</source>
        <translation>Seu usuário ainda não é conhecido; sincronize primeiro.</translation>
    </message>
    <message>
        <source>The change could not be saved in the local cache: %1</source>
        <translation>Não foi possível salvar a alteração no cache local: %1</translation>
    </message>
    <message>
        <source>Purchase</source>
        <comment>request type</comment>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>request type: the customer changes a subscription</comment>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Suspend</source>
        <comment>request type: the customer suspends a subscription</comment>
        <translation>Suspensão</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>request type: the customer resumes a subscription</comment>
        <translation>Retomada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>request type: the customer cancels a subscription</comment>
        <translation>Cancelamento</translation>
    </message>
    <message>
        <source>Renew</source>
        <comment>request type: the subscription is renewed</comment>
        <translation>Renovação</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <comment>request type</comment>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>request status: waiting for the vendor</comment>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>environment of a request (test, preview, production)</comment>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column: when the request was created</comment>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Not possible while the request&apos;s status is “%1”.</source>
        <extracomment>%1 is the request&apos;s status as shown in the Status column (&quot;Approved&quot;, &quot;Failed&quot;…).</extracomment>
        <translation>Não é possível enquanto o status da solicitação for “%1”.</translation>
    </message>
    <message>
        <source>Fill in the required parameters first: %1.</source>
        <translation>Preencha primeiro os parâmetros obrigatórios: %1.</translation>
    </message>
</context>
<context>
    <name>UsageLabels</name>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processando</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Inválido</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Pending acceptance</source>
        <translation>Aguardando aceitação</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Enviar arquivo…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Aceitar…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rejeitar…</translation>
    </message>
    <message>
        <source>Close file</source>
        <translation>Fechar arquivo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos;, row %2: %3</source>
        <translation>Planilha &apos;%1&apos;, linha %2: %3</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos;, row %2, column %3 (%4): %5</source>
        <translation>Planilha &apos;%1&apos;, linha %2, coluna %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>UserFacingErrors</name>
    <message>
        <source>“%1” is not a web address. Enter the API endpoint, for example https://api.connect.cloudblue.com/public/v1.</source>
        <translation>“%1” não é um endereço da web. Informe o endpoint da API, por exemplo https://api.connect.cloudblue.com/public/v1.</translation>
    </message>
    <message>
        <source>Could not reach the endpoint: %1. Check the address and your connection.</source>
        <translation>Não foi possível acessar o endpoint: %1. Verifique o endereço e sua conexão.</translation>
    </message>
    <message>
        <source>Connect refused this API key (HTTP %1). Check that it is complete and not revoked.</source>
        <translation>O Connect recusou esta chave de API (HTTP %1). Verifique se ela está completa e não foi revogada.</translation>
    </message>
    <message>
        <source>The endpoint answered, but not like the Connect API: %1. Check the address.</source>
        <translation>O endpoint respondeu, mas não como a API do Connect: %1. Verifique o endereço.</translation>
    </message>
    <message>
        <source>The endpoint failed to answer (%1). Try again later.</source>
        <translation>O endpoint não respondeu (%1). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>No API key is stored for this account.</source>
        <translation>Nenhuma chave de API está armazenada para esta conta.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>O chaveiro do sistema informou um erro: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Não foi possível iniciar o sandbox: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s key could not be read from the system keychain: %1</source>
        <translation>Não foi possível ler a chave do sandbox no chaveiro do sistema: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the API key was not saved. Start or unlock your desktop&apos;s keyring (e.g. GNOME Keyring or KWallet) and add the account again, or keep the key in memory for this run when asked.</source>
        <translation>Nenhum chaveiro do sistema está disponível (%1), então a chave de API não foi salva. Inicie ou desbloqueie o chaveiro da sua área de trabalho (por exemplo, GNOME Keyring ou KWallet) e adicione a conta novamente, ou mantenha a chave na memória apenas nesta execução quando solicitado.</translation>
    </message>
    <message>
        <source>The system keychain refused access (for example, its password prompt was canceled), so the API key was not saved. Add the account again and unlock the keyring when your desktop asks, or keep the key in memory for this run when asked.</source>
        <translation>O chaveiro do sistema recusou o acesso (por exemplo, a solicitação de senha foi cancelada), então a chave de API não foi salva. Adicione a conta novamente e desbloqueie o chaveiro quando o sistema pedir, ou mantenha a chave na memória durante esta execução quando for perguntado.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Sobre o %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>A desktop client for CloudBlue Connect vendors: products, fulfilment, agreements, listings, usage and reports, online or offline.</source>
        <translation>Um cliente desktop para fornecedores do CloudBlue Connect: produtos, atendimento, acordos, listagens, uso e relatórios, online ou offline.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Desenvolvido com:</translation>
    </message>
    <message>
        <source>Libraries, versions and licences</source>
        <translation>Bibliotecas, versões e licenças</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Usada para</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(não informada)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>&amp;Copiar informações de diagnóstico</translation>
    </message>
    <message>
        <source>Versions, system and account ids for a bug report; no keys or secrets</source>
        <translation>Versões, sistema e IDs de conta para um relatório de bug; sem chaves nem segredos</translation>
    </message>
    <message>
        <source>Copied to the clipboard: paste it into a support case or a bug report.</source>
        <translation>Copiado para a área de transferência: cole em um chamado ou relatório de bug.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AccountNavigator</name>
    <message>
        <source>No account</source>
        <translation>Nenhuma conta</translation>
    </message>
    <message>
        <source>Account navigator: switch accounts or sign out</source>
        <translation>Navegador de contas: trocar de conta ou sair</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>Trocar de conta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Adicionar conta…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>%1
Vendor account %2</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID (VA-…).</extracomment>
        <translation>%1
Conta de fornecedor %2</translation>
    </message>
    <message>
        <source>%1
Provider account %2</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID (PA-…).</extracomment>
        <translation>%1
Conta de provedor %2</translation>
    </message>
    <message>
        <source>%1
Account %2 (%3)</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID, %3 its type as Connect names it.</extracomment>
        <translation>%1
Conta %2 (%3)</translation>
    </message>
    <message>
        <source>About Connect Vendor Desktop</source>
        <translation>Sobre o Connect Vendor Desktop</translation>
    </message>
</context>
<context>
    <name>cv::ui::AccountPage</name>
    <message>
        <source>Account details</source>
        <translation>Detalhes da conta</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID da conta:</translation>
    </message>
    <message>
        <source>Brand ID:</source>
        <translation>ID da marca:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation>&amp;Salvar nome</translation>
    </message>
    <message>
        <source>Saved on this computer at once and sent to Connect on the next sync.</source>
        <translation>Salvo imediatamente neste computador e enviado ao Connect na próxima sincronização.</translation>
    </message>
    <message>
        <source>Once the cause is fixed (e.g. the permission granted), send the change with the next sync.</source>
        <translation>Depois que a causa for corrigida (por exemplo, a permissão concedida), a alteração será enviada na próxima sincronização.</translation>
    </message>
    <message>
        <source>&amp;Discard my change</source>
        <translation>&amp;Descartar minha alteração</translation>
    </message>
    <message>
        <source>Show the name Connect has again and forget the change.</source>
        <translation>Mostrar novamente o nome que está no Connect e esquecer a alteração.</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Adicionar usuário</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Convidado</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última atividade</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>(named on registration)</source>
        <translation>(informado no cadastro)</translation>
    </message>
    <message>
        <source>(after the first sync)</source>
        <translation>(após a primeira sincronização)</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <source>Distributor (provider)</source>
        <translation>Distribuidor (provedor)</translation>
    </message>
    <message>
        <source>The account was closed; open it again to add the user.</source>
        <translation>A conta foi fechada; abra-a novamente para adicionar o usuário.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Remover usuário</translation>
    </message>
    <message>
        <source>Cancel the invitation of %1? It has not reached Connect, so nothing is sent.</source>
        <translation>Cancelar o convite de %1? Ele ainda não chegou ao Connect, então nada será enviado.</translation>
    </message>
    <message>
        <source>Remove %1 from the account? They lose access to it once the change is synced.</source>
        <translation>Remover %1 da conta? O acesso será perdido assim que a alteração for sincronizada.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>Enviar &amp;novamente</translation>
    </message>
    <message>
        <source>Search users by name, email or role (Ctrl+F)</source>
        <translation>Pesquisar usuários por nome, email ou função (Ctrl+F)</translation>
    </message>
    <message>
        <source>Re&amp;move user</source>
        <translation>Re&amp;mover usuário</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>user status</comment>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Pesquisar usuários</translation>
    </message>
    <message>
        <source>Matches the user&apos;s name, email or role</source>
        <translation>Corresponde ao nome, email ou função do usuário</translation>
    </message>
    <message>
        <source>User status filter</source>
        <translation>Filtro de status do usuário</translation>
    </message>
</context>
<context>
    <name>cv::ui::ActionDialog</name>
    <message>
        <source>Edit Action</source>
        <translation>Editar ação</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Adicionar ação</translation>
    </message>
    <message>
        <source>e.g. sso_login</source>
        <translation>por exemplo, sso_login</translation>
    </message>
    <message>
        <source>Button text, e.g. Open admin panel</source>
        <translation>Texto do botão, por exemplo, Abrir painel de administração</translation>
    </message>
    <message>
        <source>Action &amp;ID:</source>
        <translation>&amp;ID da ação:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Escopo:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Excluir ação</translation>
    </message>
    <message>
        <source>%1: This field is required.</source>
        <translation>%1: este campo é obrigatório.</translation>
    </message>
</context>
<context>
    <name>cv::ui::ActionsTab</name>
    <message>
        <source>&amp;Add Action</source>
        <translation>&amp;Adicionar ação</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Gerar novamente</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>ID da ação</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>https://your-service.example.com/sso</source>
        <translation>https://your-service.example.com/sso</translation>
    </message>
    <message>
        <source>Actions are buttons customers see on their subscription; a click opens your target URL with a signed JWT.</source>
        <translation>Ações são botões que os clientes veem na assinatura; um clique abre a URL de destino com um JWT assinado.</translation>
    </message>
    <message>
        <source>Action link</source>
        <translation>Link da ação</translation>
    </message>
    <message>
        <source>Target &amp;URL:</source>
        <translation>&amp;URL de destino:</translation>
    </message>
    <message>
        <source>JWT secret:</source>
        <translation>Segredo JWT:</translation>
    </message>
    <message>
        <source>The secret is only shown while it is known from the server; it is never stored on this computer.</source>
        <translation>O segredo só é exibido enquanto é conhecido pelo servidor; ele nunca é armazenado neste computador.</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Copiar o segredo para a área de transferência</translation>
    </message>
    <message>
        <source>A new secret was requested. It appears after the next sync from the server; update your service with it then.</source>
        <translation>Um novo segredo foi solicitado. Ele aparecerá após a próxima sincronização com o servidor; atualize seu serviço com ele nesse momento.</translation>
    </message>
    <message>
        <source>Change the action URL</source>
        <translation>Alterar a URL da ação</translation>
    </message>
    <message>
        <source>Add action %1</source>
        <translation>Adicionar ação %1</translation>
    </message>
    <message>
        <source>Edit action %1</source>
        <translation>Editar ação %1</translation>
    </message>
    <message>
        <source>Delete action %1</source>
        <translation>Excluir ação %1</translation>
    </message>
    <message>
        <source>Read from Connect; kept in memory only, never stored on this computer.</source>
        <translation>Lido do Connect; mantido apenas na memória, nunca armazenado neste computador.</translation>
    </message>
    <message>
        <source>Action “%1” deleted.</source>
        <translation>Ação “%1” excluída.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Copy works once the secret has been read from Connect: when the app is online and the product is on Connect. It is kept in memory only, never stored on this computer.</source>
        <translation>Copiar funciona depois que o segredo é lido do Connect: quando o app está online e o produto está no Connect. Fica somente na memória, nunca é salvo neste computador.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Adicionar usuário</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nome@empresa.com</translation>
    </message>
    <message>
        <source>Admin (the one role Connect offers vendor accounts today)</source>
        <translation>Administrador (a única função que o Connect oferece hoje para contas de fornecedor)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Função:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Convidar</translation>
    </message>
    <message>
        <source>Connect emails an invitation to this address. The new user enters their name when registering and gets access to the account&apos;s products, fulfillment queue and settings.</source>
        <translation>O Connect envia um convite para este endereço. O novo usuário informa o nome ao se registrar e obtém acesso aos produtos, à fila de atendimento e às configurações da conta.</translation>
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
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Version %1 on %2 by %3</source>
        <translation>Versão %1 em %2 por %3</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>um usuário desconhecido</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Não assinado</translation>
    </message>
    <message>
        <source>Sign version %1…</source>
        <translation>Assinar a versão %1…</translation>
    </message>
    <message>
        <source>The provider published version %1; you signed version %2. Read the changes under Versions, then sign.</source>
        <translation>O provedor publicou a versão %1; você assinou a versão %2. Leia as alterações em Versões e depois assine.</translation>
    </message>
    <message>
        <source>Version %1 published</source>
        <translation>Versão %1 publicada</translation>
    </message>
    <message>
        <source>Contract created</source>
        <translation>Contrato criado</translation>
    </message>
    <message>
        <source>Signed (contract on version %1)</source>
        <translation>Assinado (contrato na versão %1)</translation>
    </message>
    <message>
        <source>Countersigned by the provider</source>
        <translation>Contra-assinado pelo provedor</translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation>Contrato encerrado</translation>
    </message>
    <message>
        <source>Signed from this app</source>
        <translation>Assinado neste aplicativo</translation>
    </message>
    <message>
        <source>Enrolled from this app</source>
        <translation>Inscrito neste aplicativo</translation>
    </message>
    <message>
        <source>on Connect</source>
        <translation>no Connect</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>enviado %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>recusado: %1</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>aguardando sincronização</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Carregando as versões…</translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation>Carregando o documento…</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Não foi possível ler as versões: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativa</translation>
    </message>
    <message>
        <source>signed by you</source>
        <translation>assinada por você</translation>
    </message>
    <message>
        <source>version %1 is not known</source>
        <translation>a versão %1 não é conhecida</translation>
    </message>
    <message>
        <source>This agreement has no document.</source>
        <translation>Este acordo não tem documento.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versão %2</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Escolha duas versões diferentes.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>The documents could not be downloaded: %1</source>
        <translation>Não foi possível baixar os documentos: %1</translation>
    </message>
    <message>
        <source>These documents have no text to compare (open them to read them).</source>
        <translation>Estes documentos não têm texto para comparar (abra-os para lê-los).</translation>
    </message>
    <message>
        <source>The texts of versions %1 and %2 are the same.</source>
        <translation>Os textos das versões %1 e %2 são iguais.</translation>
    </message>
    <message>
        <source>Sign version %1 of &quot;%2&quot; on behalf of %3? This accepts the agreement&apos;s terms.</source>
        <translation>Assinar a versão %1 de &quot;%2&quot; em nome de %3? Isso aceita os termos do acordo.</translation>
    </message>
    <message>
        <source>Sign agreement</source>
        <translation>Assinar acordo</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Assinar</translation>
    </message>
    <message>
        <source>← All agreements</source>
        <translation>← Todos os acordos</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Active version:</source>
        <translation>Versão ativa:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Assinado:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contrato:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versões</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Sent to Connect</source>
        <translation>Enviado ao Connect</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Mostrar alterações</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <extracomment>One part of the agreement&apos;s subtitle (parts are separated by &quot; · &quot;); %1 is the provider&apos;s name.</extracomment>
        <translation>Provedor: %1</translation>
    </message>
    <message>
        <source>Marketplace: %1</source>
        <extracomment>One part of the agreement&apos;s subtitle (parts are separated by &quot; · &quot;); %1 is the marketplace&apos;s name.</extracomment>
        <translation>Marketplace: %1</translation>
    </message>
    <message>
        <source>Your enrollment is waiting for the provider&apos;s approval.</source>
        <translation>Sua inscrição aguarda a aprovação do provedor.</translation>
    </message>
    <message>
        <source>Enroll to list products on %1.</source>
        <translation>Inscreva-se para listar produtos em %1.</translation>
    </message>
    <message>
        <source>Enrollment completed</source>
        <translation>Inscrição concluída</translation>
    </message>
    <message>
        <source>Action from this app: %1</source>
        <extracomment>%1 is the action&apos;s name as Connect&apos;s API writes it (or the error Connect gave for it).</extracomment>
        <translation>Ação deste aplicativo: %1</translation>
    </message>
    <message>
        <source>Enroll in agreement</source>
        <translation>Inscrever-se no acordo</translation>
    </message>
    <message>
        <source>Enroll in this agreement…</source>
        <translation>Inscrever-se neste acordo…</translation>
    </message>
    <message>
        <source>Signing and enrolling need a connection to Connect, which records them.</source>
        <translation>Assinar e se inscrever exigem uma conexão com o Connect, que os registra.</translation>
    </message>
    <message>
        <source>A signature saved by an earlier version of this app is sent to Connect with the next sync. It takes effect once Connect confirms it.</source>
        <translation>Uma assinatura salva por uma versão anterior deste aplicativo é enviada ao Connect na próxima sincronização. Ela entra em vigor assim que o Connect a confirmar.</translation>
    </message>
    <message>
        <source>Connect cannot be reached. The versions and the document are kept on this computer once this page has been opened online; this agreement&apos;s have not been read yet.</source>
        <translation>Não é possível acessar o Connect. As versões e o documento ficam guardados neste computador depois que esta página é aberta online; os deste acordo ainda não foram lidos.</translation>
    </message>
    <message>
        <source>Connect cannot be reached: versions and documents as of %1, as kept on this computer.</source>
        <extracomment>%1 is the date and time the versions were read from Connect.</extracomment>
        <translation>Não é possível acessar o Connect: versões e documentos de %1, conforme guardados neste computador.</translation>
    </message>
    <message>
        <source>The versions could not be read (%1): shown as of %2, as kept on this computer.</source>
        <translation>Não foi possível ler as versões (%1): exibidas conforme %2, como guardadas neste computador.</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2: &lt;span class=&quot;removed&quot;&gt;removed&lt;/span&gt;, &lt;span class=&quot;added&quot;&gt;added&lt;/span&gt;.</source>
        <translation>Alterações da versão %1 para a versão %2: &lt;span class=&quot;removed&quot;&gt;removido&lt;/span&gt;, &lt;span class=&quot;added&quot;&gt;adicionado&lt;/span&gt;.</translation>
    </message>
    <message>
        <source>Connect records your signature as soon as you click Sign, so this needs a connection to Connect.</source>
        <translation>O Connect registra sua assinatura assim que você clica em Assinar, por isso é necessária uma conexão com o Connect.</translation>
    </message>
    <message>
        <source>Enroll in &quot;%1&quot; to list products on %2. Connect records your enrollment as soon as you click OK. A note for the provider (optional):</source>
        <translation>Inscreva-se em &quot;%1&quot; para listar produtos em %2. O Connect registra sua inscrição assim que você clica em OK. Uma observação para o provedor (opcional):</translation>
    </message>
    <message>
        <source>Signing needs a connection to Connect: a signature is a legal act that Connect records when you sign, so it is not saved on this computer to be sent later. Connect cannot be reached now. Check your connection, then click &quot;%1&quot; again.</source>
        <extracomment>%1 is the label of the Sign or Enroll button.</extracomment>
        <translation>Assinar exige uma conexão com o Connect: uma assinatura é um ato jurídico que o Connect registra quando você assina, por isso ela não é salva neste computador para ser enviada depois. O Connect não está acessível agora. Verifique sua conexão e clique em &quot;%1&quot; novamente.</translation>
    </message>
    <message>
        <source>Enrolling needs a connection to Connect: an enrollment is a contractual act that Connect records when you enroll, so it is not saved on this computer to be sent later. Connect cannot be reached now. Check your connection, then click &quot;%1&quot; again.</source>
        <translation>Inscrever-se exige uma conexão com o Connect: uma inscrição é um ato contratual que o Connect registra quando você se inscreve, por isso ela não é salva neste computador para ser enviada depois. O Connect não está acessível agora. Verifique sua conexão e clique em &quot;%1&quot; novamente.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Assinando…</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Inscrevendo…</translation>
    </message>
    <message>
        <source>Sending your signature to Connect…</source>
        <translation>Enviando sua assinatura ao Connect…</translation>
    </message>
    <message>
        <source>Sending your enrollment to Connect…</source>
        <translation>Enviando sua inscrição ao Connect…</translation>
    </message>
    <message>
        <source>Connect recorded your signature on %1.</source>
        <extracomment>%1 is the date and time Connect recorded the signature.</extracomment>
        <translation>O Connect registrou sua assinatura em %1.</translation>
    </message>
    <message>
        <source>Connect recorded your enrollment on %1.</source>
        <translation>O Connect registrou sua inscrição em %1.</translation>
    </message>
    <message>
        <source>The connection to Connect broke while your signature was being sent, so it is not known whether Connect recorded it. Nothing is saved to be sent later: the next sync shows whether it did. If it did not, sign again once Connect can be reached.</source>
        <translation>A conexão com o Connect caiu enquanto sua assinatura era enviada, por isso não se sabe se o Connect a registrou. Nada foi salvo para ser enviado depois: a próxima sincronização mostrará se ela foi registrada. Se não foi, assine novamente quando o Connect estiver acessível.</translation>
    </message>
    <message>
        <source>The connection to Connect broke while your enrollment was being sent, so it is not known whether Connect recorded it. Nothing is saved to be sent later: the next sync shows whether it did. If it did not, enroll again once Connect can be reached.</source>
        <translation>A conexão com o Connect caiu enquanto sua inscrição era enviada, por isso não se sabe se o Connect a registrou. Nada foi salvo para ser enviado depois: a próxima sincronização mostrará se ela foi registrada. Se não foi, inscreva-se novamente quando o Connect estiver acessível.</translation>
    </message>
    <message>
        <source>Connect refused the signature: %1</source>
        <extracomment>%1 is Connect&apos;s reason in plain words.</extracomment>
        <translation>O Connect recusou a assinatura: %1</translation>
    </message>
    <message>
        <source>Connect refused the enrollment: %1</source>
        <translation>O Connect recusou a inscrição: %1</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Double-click a version to read its document.</source>
        <translation>Clique duas vezes em uma versão para ler o documento dela.</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>Comparar a partir da versão</translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation>Comparar com a versão</translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>Alterações entre as versões</translation>
    </message>
</context>
<context>
    <name>cv::ui::AgreementsPage</name>
    <message>
        <source>Open an account to see its agreements.</source>
        <translation>Abra uma conta para ver seus acordos.</translation>
    </message>
    <message>
        <source>No agreement matches the search and filters.</source>
        <translation>Nenhum acordo corresponde à pesquisa e aos filtros.</translation>
    </message>
    <message>
        <source>No agreements yet. They appear here after a sync once a provider invites the account.</source>
        <translation>Ainda não há acordos. Eles aparecem aqui após uma sincronização, quando um provedor convida a conta.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acordos</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active version</source>
        <translation>Versão ativa</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Assinado em</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acordo</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Search agreements by name or ID</source>
        <translation>Pesquisar acordos por nome ou ID</translation>
    </message>
    <message>
        <source>Search contracts by name or ID</source>
        <translation>Pesquisar contratos por nome ou ID</translation>
    </message>
    <message>
        <source>Search agreements</source>
        <translation>Pesquisar acordos</translation>
    </message>
    <message>
        <source>Matches the agreement&apos;s name or ID</source>
        <translation>Corresponde ao nome ou ID do acordo</translation>
    </message>
    <message>
        <source>Search contracts</source>
        <translation>Pesquisar contratos</translation>
    </message>
    <message>
        <source>Matches the contract&apos;s name or ID</source>
        <translation>Corresponde ao nome ou ID do contrato</translation>
    </message>
    <message>
        <source>Agreement type filter</source>
        <translation>Filtro de tipo de acordo</translation>
    </message>
    <message>
        <source>Agreement status filter</source>
        <translation>Filtro de status do acordo</translation>
    </message>
    <message>
        <source>Contract type filter</source>
        <translation>Filtro de tipo de contrato</translation>
    </message>
    <message>
        <source>Contract status filter</source>
        <translation>Filtro de status do contrato</translation>
    </message>
</context>
<context>
    <name>cv::ui::ApiPage</name>
    <message>
        <source>No account is open.</source>
        <translation>Nenhuma conta está aberta.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Verify a delivery</source>
        <translation>Verificar uma entrega</translation>
    </message>
    <message>
        <source>API address of this account</source>
        <translation>Endereço da API desta conta</translation>
    </message>
    <message>
        <source>How to authenticate</source>
        <translation>Como autenticar</translation>
    </message>
    <message>
        <source>Every call carries the header &quot;Authorization: ApiKey &lt;token&gt;&quot;, where the token is the one shown once when you generate it on the Tokens page (it starts with its id, SU-…). Give each script its own token so that each can be turned off alone. Connect answers 401 to a wrong or inactive token and 403 when the token lacks the module&apos;s permission.</source>
        <translation>Cada chamada leva o cabeçalho &quot;Authorization: ApiKey &lt;token&gt;&quot;, em que o token é aquele mostrado uma única vez ao gerá-lo na página Tokens (ele começa com seu ID, SU-…). Dê a cada script seu próprio token, para que cada um possa ser desativado separadamente. O Connect responde 401 para um token incorreto ou inativo e 403 quando o token não tem a permissão do módulo.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Connect API documentation&lt;/a&gt; (opens in your browser)</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Documentação da API do Connect&lt;/a&gt; (abre no navegador)</translation>
    </message>
    <message>
        <source>Try it: list your products</source>
        <translation>Experimente: liste seus produtos</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Copiar comando</translation>
    </message>
    <message>
        <source>API sections</source>
        <translation>Seções da API</translation>
    </message>
</context>
<context>
    <name>cv::ui::ApproveDialog</name>
    <message numerus="yes">
        <source>Approve %Ln requests</source>
        <translation>
            <numerusform>Aprovar %Ln solicitação</numerusform>
            <numerusform>Aprovar %Ln solicitações</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>Aprovar solicitação</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %Ln</source>
        <translation>
            <numerusform>&amp;Aprovar %Ln</numerusform>
            <numerusform>&amp;Aprovar %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprovar</translation>
    </message>
    <message>
        <source>Activation &amp;template:</source>
        <translation>&amp;Modelo de ativação:</translation>
    </message>
    <message>
        <source>The template (values are filled in for each request):</source>
        <translation>O modelo (os valores são preenchidos para cada solicitação):</translation>
    </message>
    <message>
        <source>What the customer will receive:</source>
        <translation>O que o cliente receberá:</translation>
    </message>
    <message>
        <source>This product has no activation template in the local cache. Create one in Inventory, then sync.</source>
        <translation>Este produto não tem modelo de ativação no cache local. Crie um em Inventário e depois sincronize.</translation>
    </message>
    <message>
        <source>The request is approved in the local cache at once and on Connect at the next sync.</source>
        <translation>A solicitação é aprovada imediatamente no cache local e no Connect na próxima sincronização.</translation>
    </message>
</context>
<context>
    <name>cv::ui::BulkResultDialog</name>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln done; the changes reach Connect at the next sync.</source>
        <extracomment>%1 is how many of the %n selected requests were done.</extracomment>
        <translation>
            <numerusform>%1 de %Ln concluída; as alterações chegam ao Connect na próxima sincronização.</numerusform>
            <numerusform>%1 de %Ln concluídas; as alterações chegam ao Connect na próxima sincronização.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::CapabilitiesPage</name>
    <message>
        <source>Subscription lifecycle</source>
        <translation>Ciclo de vida da assinatura</translation>
    </message>
    <message>
        <source>Suspend and resume</source>
        <translation>Suspender e retomar</translation>
    </message>
    <message>
        <source>Administrative hold</source>
        <translation>Bloqueio administrativo</translation>
    </message>
    <message>
        <source>Providers may put a subscription on hold for administrative reasons.</source>
        <translation>Provedores podem bloquear uma assinatura por motivos administrativos.</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>Pagamento por uso</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>QT: quantity (usage is reported as amounts)</source>
        <translation>QT: quantidade (o uso é informado em quantidades)</translation>
    </message>
    <message>
        <source>TR: tiered rates</source>
        <translation>TR: tarifas escalonadas</translation>
    </message>
    <message>
        <source>PR: provider rating</source>
        <translation>PR: tarifação pelo provedor</translation>
    </message>
    <message>
        <source>CR: cost rating (usage is reported as costs)</source>
        <translation>CR: tarifação por custo (o uso é informado como custos)</translation>
    </message>
    <message>
        <source>Dynamic items (created from usage reports)</source>
        <translation>Itens dinâmicos (criados a partir de relatórios de uso)</translation>
    </message>
    <message>
        <source>Future charges</source>
        <translation>Cobranças futuras</translation>
    </message>
    <message>
        <source>Late charges</source>
        <translation>Cobranças atrasadas</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>Esquema:</translation>
    </message>
    <message>
        <source>Reporting and validation</source>
        <translation>Relatórios e validação</translation>
    </message>
    <message>
        <source>Consumption reporting for reservation items</source>
        <translation>Relatório de consumo para itens de reserva</translation>
    </message>
    <message>
        <source>Dynamic validation of draft requests (your service checks orders before they are placed)</source>
        <translation>Validação dinâmica de solicitações em rascunho (seu serviço verifica os pedidos antes de serem feitos)</translation>
    </message>
    <message>
        <source>Dynamic validation of the inquiring form</source>
        <translation>Validação dinâmica do formulário de solicitação de informações</translation>
    </message>
    <message>
        <source>Resellers (tiers)</source>
        <translation>Revendedores (níveis)</translation>
    </message>
    <message>
        <source>Level 1 (tier 1 reseller)</source>
        <translation>Nível 1 (revendedor de nível 1)</translation>
    </message>
    <message>
        <source>Level 2 (tier 1 and tier 2 resellers)</source>
        <translation>Nível 2 (revendedores de nível 1 e 2)</translation>
    </message>
    <message>
        <source>Tier accounts sync</source>
        <translation>Sincronização de contas de nível</translation>
    </message>
    <message>
        <source>Reseller authorization level:</source>
        <translation>Nível de autorização do revendedor:</translation>
    </message>
    <message>
        <source>Choose a pay-as-you-go schema first.</source>
        <translation>Escolha primeiro um esquema de pagamento por uso.</translation>
    </message>
    <message>
        <source>Change capabilities</source>
        <translation>Alterar recursos</translation>
    </message>
    <message>
        <source>Subscriptions can be suspended (e.g. for non-payment) and resumed later without being canceled; your service receives suspend and resume requests.</source>
        <translation>As assinaturas podem ser suspensas (por exemplo, por falta de pagamento) e retomadas depois sem serem canceladas; seu serviço recebe solicitações de suspensão e retomada.</translation>
    </message>
</context>
<context>
    <name>cv::ui::CasePage</name>
    <message>
        <source>Attach a file to the case</source>
        <translation>Anexar um arquivo ao chamado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Write a reply to the case (sent on the next sync)</source>
        <translation>Escreva uma resposta ao chamado (enviada na próxima sincronização)</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>Enviar &amp;resposta</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Enviar &amp;novamente</translation>
    </message>
    <message>
        <source>Once the cause is fixed, send the refused change with the next sync.</source>
        <translation>Depois que a causa for corrigida, a alteração recusada será enviada na próxima sincronização.</translation>
    </message>
    <message>
        <source>&amp;Discard the refused change</source>
        <translation>&amp;Descartar a alteração recusada</translation>
    </message>
    <message>
        <source>Forget the change Connect refused; a case opened here goes with its replies and files.</source>
        <translation>Esquecer a alteração que o Connect recusou; um chamado aberto aqui é descartado com suas respostas e arquivos.</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>Solicitar informações</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>Voltar para pendente</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Marcar como resolvido</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Fechar chamado</translation>
    </message>
    <message>
        <source>Case %1 is not in the offline data.</source>
        <translation>O chamado %1 não está nos dados offline.</translation>
    </message>
    <message>
        <source>(given by Connect after sync)</source>
        <translation>(atribuído pelo Connect após a sincronização)</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Anexos: %1</translation>
    </message>
    <message>
        <source>Attachments waiting for sync: %1</source>
        <translation>Anexos aguardando sincronização: %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>aguardando sincronização</translation>
    </message>
    <message>
        <source>No replies yet. Replies from the support team appear here after a sync.</source>
        <translation>Ainda não há respostas. As respostas da equipe de suporte aparecem aqui após uma sincronização.</translation>
    </message>
    <message>
        <source>← All cases</source>
        <translation>← Todos os chamados</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Anexar &amp;arquivo…</translation>
    </message>
    <message>
        <source>Case ID: %1 · State: %2 · Priority: %3</source>
        <extracomment>%1 is the case&apos;s ID, %2 its state (&quot;Pending&quot;…), %3 its priority (&quot;High&quot;…).</extracomment>
        <translation>ID do chamado: %1 · Estado: %2 · Prioridade: %3</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Sent to the case on the next sync</source>
        <translation>Enviada ao chamado na próxima sincronização</translation>
    </message>
</context>
<context>
    <name>cv::ui::CcpPreview</name>
    <message>
        <source>Customer control panel preview</source>
        <translation>Pré-visualização do painel de controle do cliente</translation>
    </message>
    <message>
        <source>This is what the customer sees after signing in to the customer control panel.</source>
        <translation>Isto é o que o cliente vê após entrar no painel de controle do cliente.</translation>
    </message>
    <message>
        <source>The customer control panel needs a connection to Connect.</source>
        <translation>O painel de controle do cliente precisa de uma conexão com o Connect.</translation>
    </message>
    <message>
        <source>The customer control panel of %1 could not be loaded: %2</source>
        <translation>Não foi possível carregar o painel de controle do cliente de %1: %2</translation>
    </message>
    <message>
        <source>Asset %1 as the customer sees it. Links open in your browser.</source>
        <translation>Ativo %1 como o cliente o vê. Os links abrem no navegador.</translation>
    </message>
    <message>
        <source>Show the panel in one of the product&apos;s languages</source>
        <translation>Mostrar o painel em um dos idiomas do produto</translation>
    </message>
    <message>
        <source>English (source)</source>
        <translation>Inglês (original)</translation>
    </message>
    <message>
        <source>Loading the customer control panel of %1…</source>
        <translation>Carregando o painel de controle do cliente de %1…</translation>
    </message>
</context>
<context>
    <name>cv::ui::ChoicesEditor</name>
    <message>
        <source>Add choice</source>
        <translation>Adicionar opção</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Label (shown)</source>
        <translation>Rótulo (exibido)</translation>
    </message>
    <message>
        <source>Value (sent)</source>
        <translation>Valor (enviado)</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Opção %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::CommandPalette</name>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Listagem</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acordo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Chamado</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>approve</source>
        <extracomment>The word a user types in the command palette to approve a request (&quot;approve PR-1234&quot;), in lower case; matched in any case.</extracomment>
        <translation>aprovar</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Send local changes and fetch what changed</source>
        <translation>Enviar alterações locais e buscar o que mudou</translation>
    </message>
    <message>
        <source>Approve a pending request…</source>
        <translation>Aprovar uma solicitação pendente…</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; and the request&apos;s id or customer</source>
        <extracomment>%1 is the word that starts an approval in the palette (&quot;approve&quot;).</extracomment>
        <translation>Digite &quot;%1&quot; e o ID ou o cliente da solicitação</translation>
    </message>
    <message>
        <source>New support case</source>
        <translation>Novo chamado</translation>
    </message>
    <message>
        <source>Write to CloudBlue support (Help &amp; Support)</source>
        <translation>Escrever para o suporte da CloudBlue (Ajuda e suporte)</translation>
    </message>
    <message>
        <source>Show sync conflicts</source>
        <translation>Mostrar conflitos de sincronização</translation>
    </message>
    <message>
        <source>Decide between your changes and Connect&apos;s</source>
        <translation>Decidir entre suas alterações e as do Connect</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Mostrar notificações</translation>
    </message>
    <message>
        <source>The emails Connect sent you</source>
        <translation>Os emails que o Connect enviou para você</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>%1 is a module&apos;s title (&quot;Usage&quot;, &quot;Help &amp; Support&quot;).</extracomment>
        <translation>Ir para %1</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <extracomment>%1 is a request&apos;s id (&quot;PR-1234-5678-9012-001&quot;).</extracomment>
        <translation>Aprovar %1</translation>
    </message>
    <message>
        <source>Find a request, product, customer, case… or a command</source>
        <translation>Encontre uma solicitação, produto, cliente, chamado… ou um comando</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <source>Type an id, a name or an email, or a command. Up and Down choose, Enter runs, Escape closes.</source>
        <translation>Digite um ID, um nome, um email ou um comando. Setas para cima e para baixo escolhem, Enter executa, Escape fecha.</translation>
    </message>
    <message>
        <source>Command palette results</source>
        <translation>Resultados da paleta de comandos</translation>
    </message>
    <message>
        <source>Nothing in the offline data matches.</source>
        <translation>Nada nos dados offline corresponde.</translation>
    </message>
    <message>
        <source>1 result · Enter runs · Esc closes</source>
        <translation>1 resultado · Enter executa · Esc fecha</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results · Enter runs · Esc closes</source>
        <translation>
            <numerusform>%Ln resultado · Enter executa · Esc fecha</numerusform>
            <numerusform>%Ln resultados · Enter executa · Esc fecha</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ConflictsDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Manter o &amp;meu</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Manter o &amp;deles</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Keep mine for all</source>
        <translation>Manter o meu em todos</translation>
    </message>
    <message>
        <source>Keep theirs for all</source>
        <translation>Manter o deles em todos</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflitos de sincronização</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Última sincronização</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meu</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>Deles (servidor)</translation>
    </message>
    <message>
        <source>No conflicts: everything you changed offline could be merged.</source>
        <translation>Nenhum conflito: tudo o que você alterou offline pôde ser mesclado.</translation>
    </message>
    <message>
        <source>One field changed both here and on the server since the last sync.</source>
        <translation>Um campo foi alterado aqui e no servidor desde a última sincronização.</translation>
    </message>
    <message>
        <source>Choose which value to keep; your other changes to these objects wait until you decide.</source>
        <translation>Escolha qual valor manter; suas outras alterações nesses objetos aguardam até que você decida.</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>Não foi possível salvar a decisão: %1</translation>
    </message>
    <message>
        <source>The decisions could not be saved: %1</source>
        <translation>Não foi possível salvar as decisões: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Mine: %1
Theirs: %2

Value to keep:</source>
        <translation>Meu: %1
Deles: %2

Valor a manter:</translation>
    </message>
    <message>
        <source>The value could not be saved: %1</source>
        <translation>Não foi possível salvar o valor: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fields changed both here and on the server since the last sync.</source>
        <translation>
            <numerusform>%n campo foi alterado aqui e no servidor desde a última sincronização.</numerusform>
            <numerusform>%n campos foram alterados aqui e no servidor desde a última sincronização.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ContractDetailPage</name>
    <message>
        <source>Contract:</source>
        <translation>Contrato:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source> (waiting for sync)</source>
        <translation> (aguardando sincronização)</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Acordo:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versão:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Assinado:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Não assinado</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>%1 (%2) · distribution agreement: %3</source>
        <translation>%1 (%2) · acordo de distribuição: %3</translation>
    </message>
    <message>
        <source>Version %1 published</source>
        <translation>Versão %1 publicada</translation>
    </message>
    <message>
        <source>Contract created</source>
        <translation>Contrato criado</translation>
    </message>
    <message>
        <source>Signed (version %1)</source>
        <translation>Assinado (versão %1)</translation>
    </message>
    <message>
        <source>Countersigned by the provider</source>
        <translation>Contra-assinado pelo provedor</translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation>Contrato encerrado</translation>
    </message>
    <message>
        <source>Signed from this app</source>
        <translation>Assinado neste aplicativo</translation>
    </message>
    <message>
        <source>Enrolled from this app</source>
        <translation>Inscrito neste aplicativo</translation>
    </message>
    <message>
        <source>on Connect</source>
        <translation>no Connect</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>enviado %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>recusado: %1</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>aguardando sincronização</translation>
    </message>
    <message>
        <source>No distribution agreement under this program yet.</source>
        <translation>Ainda não há acordo de distribuição neste programa.</translation>
    </message>
    <message>
        <source>No marketplace.</source>
        <translation>Nenhum marketplace.</translation>
    </message>
    <message>
        <source>← All contracts</source>
        <translation>← Todos os contratos</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Marketplaces</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>Abrir o acordo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Sent to Connect</source>
        <translation>Enviado ao Connect</translation>
    </message>
    <message>
        <source>Enrollment completed</source>
        <translation>Inscrição concluída</translation>
    </message>
    <message>
        <source>Action from this app: %1</source>
        <extracomment>%1 is the action&apos;s name as Connect&apos;s API writes it (or the error Connect gave for it).</extracomment>
        <translation>Ação deste aplicativo: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::CreateListingDialog</name>
    <message>
        <source>Submit for review now (otherwise it stays a draft)</source>
        <translation>Enviar para análise agora (caso contrário, fica como rascunho)</translation>
    </message>
    <message>
        <source>Create listing</source>
        <translation>Criar listagem</translation>
    </message>
    <message>
        <source>What the marketplace asks for: support contact, local contact, notes for the reviewer</source>
        <translation>O que o marketplace pede: contato de suporte, contato local, observações para o revisor</translation>
    </message>
    <message>
        <source>You are offline: the request is saved on this computer and sent to Connect at the next sync.</source>
        <translation>Você está offline: a solicitação foi salva neste computador e será enviada ao Connect na próxima sincronização.</translation>
    </message>
    <message>
        <source>Create request</source>
        <translation>Criar solicitação</translation>
    </message>
    <message>
        <source>Product (published):</source>
        <translation>Produto (publicado):</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>Details for the marketplace:</source>
        <translation>Detalhes para o marketplace:</translation>
    </message>
    <message>
        <source>No published product: publish one under Inventory first.</source>
        <translation>Nenhum produto publicado: publique um em Inventário primeiro.</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <extracomment>%1 is a marketplace&apos;s name.</extracomment>
        <translation>%1 (indisponível)</translation>
    </message>
    <message>
        <source>Choose a marketplace to create the request.</source>
        <translation>Escolha um marketplace para criar a solicitação.</translation>
    </message>
    <message>
        <source>This product cannot be listed on any marketplace now: the reasons are under each marketplace above.</source>
        <translation>Este produto não pode ser listado em nenhum marketplace agora: os motivos estão abaixo de cada marketplace acima.</translation>
    </message>
</context>
<context>
    <name>cv::ui::CreateUsageFileDialog</name>
    <message>
        <source>Create usage file</source>
        <translation>Criar arquivo de uso</translation>
    </message>
    <message>
        <source>Usage %1</source>
        <translation>Uso %1</translation>
    </message>
    <message>
        <source>You are offline: the usage file is saved on this computer and created on Connect at the next sync.</source>
        <translation>Você está offline: o arquivo de uso é salvo neste computador e criado no Connect na próxima sincronização.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>%1 (%2, contract %3)</source>
        <translation>%1 (%2, contrato %3)</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produto:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>Period (UTC):</source>
        <translation>Período (UTC):</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrição:</translation>
    </message>
    <message>
        <source>Download &amp;template…</source>
        <translation>Baixar &amp;modelo…</translation>
    </message>
    <message>
        <source>The usage template (.xlsx) for this product and period, to fill in offline</source>
        <translation>O modelo de uso (.xlsx) deste produto e período, para preencher offline</translation>
    </message>
    <message>
        <source>Save usage template</source>
        <translation>Salvar modelo de uso</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Modelo salvo em %1.</translation>
    </message>
    <message>
        <source>The template could not be made: %1</source>
        <translation>Não foi possível criar o modelo: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>cv::ui::DashboardPage</name>
    <message>
        <source>Short description and detailed overview are filled in.</source>
        <translation>A descrição curta e a visão geral detalhada estão preenchidas.</translation>
    </message>
    <message>
        <source>Fill in the short description and the detailed overview; add a logo.</source>
        <translation>Preencha a descrição curta e a visão geral detalhada; adicione um logotipo.</translation>
    </message>
    <message>
        <source>Add at least one item (SKU) that customers can buy.</source>
        <translation>Adicione pelo menos um item (SKU) que os clientes possam comprar.</translation>
    </message>
    <message>
        <source>Add at least one parameter, e.g. the administrator&apos;s email asked when ordering.</source>
        <translation>Adicione pelo menos um parâmetro, por exemplo, o e-mail do administrador solicitado no pedido.</translation>
    </message>
    <message>
        <source>The customer description or getting started text is filled in.</source>
        <translation>A descrição para o cliente ou o texto de primeiros passos está preenchido.</translation>
    </message>
    <message>
        <source>Describe the service and how to get started for customers; edit the templates and actions.</source>
        <translation>Descreva o serviço e como começar a usá-lo para os clientes; edite os modelos e as ações.</translation>
    </message>
    <message>
        <source>A version of this product is published.</source>
        <translation>Uma versão deste produto está publicada.</translation>
    </message>
    <message>
        <source>Publish a version so it can be listed in marketplaces. Publishing needs a connection to Connect.</source>
        <translation>Publique uma versão para que ele possa ser listado em marketplaces. A publicação precisa de uma conexão com o Connect.</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Concluído</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Não concluído</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>%1 is the name of a product page (&quot;Items&quot;, &quot;Parameters&quot;…).</extracomment>
        <translation>Ir para %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>A preview request was run.</source>
        <translation>Uma solicitação de pré-visualização foi executada.</translation>
    </message>
    <message>
        <source>Check how customers will see the product before you publish it (recommended), once the rest is done and synced.</source>
        <translation>Verifique como os clientes verão o produto antes de publicá-lo (recomendado), depois que o restante estiver pronto e sincronizado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps done. Everything is saved on this computer as you type and sent to Connect by the next sync.</source>
        <extracomment>%1 is how many of the %n steps are done.</extracomment>
        <translation>
            <numerusform>%1 de %n etapa concluída. Tudo é salvo neste computador enquanto você digita e enviado ao Connect na próxima sincronização.</numerusform>
            <numerusform>%1 de %n etapas concluídas. Tudo é salvo neste computador enquanto você digita e enviado ao Connect na próxima sincronização.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 item defined.</source>
        <translation>1 item definido.</translation>
    </message>
    <message numerus="yes">
        <source>%n items defined.</source>
        <translation>
            <numerusform>%n item definido.</numerusform>
            <numerusform>%n itens definidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 parameter defined.</source>
        <translation>1 parâmetro definido.</translation>
    </message>
    <message numerus="yes">
        <source>%n parameters defined.</source>
        <translation>
            <numerusform>%n parâmetro definido.</numerusform>
            <numerusform>%n parâmetros definidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::DocumentView</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln ocorrência</numerusform>
            <numerusform>%Ln ocorrências</numerusform>
        </translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>Ocorrência %1 de %2</translation>
    </message>
    <message>
        <source>The document cannot be shown while Connect cannot be reached.</source>
        <translation>O documento não pode ser exibido enquanto o Connect não estiver acessível.</translation>
    </message>
    <message>
        <source>The document could not be downloaded: %1</source>
        <translation>Não foi possível baixar o documento: %1</translation>
    </message>
    <message>
        <source>This version&apos;s document is a web page of the provider:
%1</source>
        <translation>O documento desta versão é uma página da web do provedor:
%1</translation>
    </message>
    <message>
        <source>Open in browser…</source>
        <translation>Abrir no navegador…</translation>
    </message>
    <message>
        <source>The PDF document could not be read (%1).</source>
        <translation>Não foi possível ler o documento PDF (%1).</translation>
    </message>
    <message>
        <source>This document (%1, %2) cannot be shown here. You can save it and open it with the program your system uses for it.</source>
        <translation>Este documento (%1, %2) não pode ser exibido aqui. Você pode salvá-lo e abri-lo com o programa que o sistema usa para ele.</translation>
    </message>
    <message>
        <source>Open with system viewer…</source>
        <translation>Abrir com o visualizador do sistema…</translation>
    </message>
    <message>
        <source>Open %1 in your web browser?</source>
        <translation>Abrir %1 no navegador?</translation>
    </message>
    <message>
        <source>Save %1 and open it with your system&apos;s viewer? Files from the internet can be harmful; open it only if you trust the provider.</source>
        <translation>Salvar %1 e abri-lo com o visualizador do sistema? Arquivos da internet podem ser prejudiciais; abra-o somente se confiar no provedor.</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Abrir documento</translation>
    </message>
    <message>
        <source>The document could not be saved to %1.</source>
        <translation>Não foi possível salvar o documento em %1.</translation>
    </message>
    <message>
        <source>Search the document</source>
        <translation>Pesquisar no documento</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Ocorrência anterior</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Próxima ocorrência</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 correspondência</translation>
    </message>
</context>
<context>
    <name>cv::ui::FirstRunPage</name>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <source>Enter the API key of your Connect account (API module › Tokens in the portal).</source>
        <translation>Informe a chave de API da sua conta do Connect (módulo API › Tokens no portal).</translation>
    </message>
    <message>
        <source>Welcome to Connect Vendor Desktop</source>
        <translation>Bem-vindo ao Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Add a Connect account</source>
        <translation>Adicionar uma conta do Connect</translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation>&amp;Endpoint da API:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>The key is checked with Connect and kept only in your system keychain.</source>
        <translation>A chave é verificada com o Connect e mantida apenas no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Explore offline with the sandbox</source>
        <translation>Explorar offline com o sandbox</translation>
    </message>
    <message>
        <source>Try every module against a local sandbox account with demo data. No Connect account needed.</source>
        <translation>Experimente todos os módulos em uma conta sandbox local com dados de demonstração. Não é necessária uma conta do Connect.</translation>
    </message>
    <message>
        <source>Explore offline</source>
        <translation>Explorar offline</translation>
    </message>
    <message>
        <source>Continue with an empty offline workspace</source>
        <translation>Continuar com um espaço de trabalho offline vazio</translation>
    </message>
    <message>
        <source>The built-in sandbox is not available.</source>
        <translation>O sandbox integrado não está disponível.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Back to where you were, without adding an account (Esc)</source>
        <translation>Voltar para onde você estava, sem adicionar uma conta (Esc)</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Adicionar outra conta</translation>
    </message>
    <message>
        <source>Define products, fulfill orders and publish to marketplaces, online or offline. Everything you do is saved on this computer first and synced with Connect.</source>
        <translation>Defina produtos, atenda pedidos e publique em marketplaces, online ou offline. Tudo o que você faz é salvo primeiro neste computador e sincronizado com o Connect.</translation>
    </message>
</context>
<context>
    <name>cv::ui::FulfillmentPage</name>
    <message>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Atendimento</translation>
    </message>
    <message>
        <source>Process the requests of your customers: approve, inquire or reject.</source>
        <translation>Processe as solicitações dos seus clientes: aprove, solicite informações ou rejeite.</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Search by request ID, customer or product (Ctrl+F)</source>
        <translation>Pesquisar por ID da solicitação, cliente ou produto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation>Qualquer responsável</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Não atribuída</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Qualquer produto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>%1: any</source>
        <extracomment>A filter button: %1 is the filter&apos;s name (&quot;Type&quot;, &quot;Status&quot;, &quot;Environment&quot;).</extracomment>
        <translation>%1: qualquer</translation>
    </message>
    <message>
        <source>Sign in to an account to see its requests.</source>
        <translation>Entre em uma conta para ver suas solicitações.</translation>
    </message>
    <message>
        <source>No requests in the local cache yet. Sync to fetch them.</source>
        <translation>Ainda não há solicitações no cache local. Sincronize para buscá-las.</translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation>Nenhuma solicitação corresponde a estes filtros.</translation>
    </message>
    <message>
        <source>Select pending requests to approve or reject several at once.</source>
        <translation>Selecione solicitações pendentes para aprovar ou rejeitar várias de uma vez.</translation>
    </message>
    <message>
        <source>Approved, waiting for sync</source>
        <translation>Aprovada, aguardando sincronização</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>Aprovar selecionadas</translation>
    </message>
    <message>
        <source>Rejected, waiting for sync</source>
        <translation>Rejeitada, aguardando sincronização</translation>
    </message>
    <message>
        <source>Reject selected</source>
        <translation>Rejeitar selecionadas</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>filter: requests created between two dates</comment>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Approve selected…</source>
        <translation>Aprovar selecionadas…</translation>
    </message>
    <message>
        <source>Reject selected…</source>
        <translation>Rejeitar selecionadas…</translation>
    </message>
    <message>
        <source>Show only requests with the status “%1”</source>
        <extracomment>%1 is a request status as shown in the Status column (&quot;Pending&quot;, &quot;Approved&quot;…).</extracomment>
        <translation>Mostrar apenas solicitações com o status “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln selected</source>
        <translation>
            <numerusform>%1: %Ln selecionada</numerusform>
            <numerusform>%1: %Ln selecionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>All · %1</source>
        <extracomment>The filter chip showing every request; %1 is how many there are.</extracomment>
        <translation>Todas · %1</translation>
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
            <numerusform>%Ln selecionada</numerusform>
            <numerusform>%Ln selecionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <comment>selected requests</comment>
        <translation>
            <numerusform>%Ln pendente</numerusform>
            <numerusform>%Ln pendentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %Ln selected…</source>
        <translation>
            <numerusform>Aprovar %Ln selecionada…</numerusform>
            <numerusform>Aprovar %Ln selecionadas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %Ln selected…</source>
        <translation>
            <numerusform>Rejeitar %Ln selecionada…</numerusform>
            <numerusform>Rejeitar %Ln selecionadas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Pesquisar solicitações</translation>
    </message>
    <message>
        <source>Matches the request ID, the customer&apos;s name or the product&apos;s name</source>
        <translation>Corresponde ao ID da solicitação, ao nome do cliente ou ao nome do produto</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filtro de responsável</translation>
    </message>
    <message>
        <source>Product filter</source>
        <translation>Filtro de produto</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Criada a partir de</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Criada até</translation>
    </message>
    <message>
        <source>Fulfillment requests</source>
        <translation>Solicitações de atendimento</translation>
    </message>
    <message>
        <source>Enter opens the request; Shift or Ctrl with the arrows selects several</source>
        <translation>Enter abre a solicitação; Shift ou Ctrl com as setas seleciona várias</translation>
    </message>
    <message>
        <source>Loading requests: %1 of %2</source>
        <translation>Carregando solicitações: %1 de %2</translation>
    </message>
</context>
<context>
    <name>cv::ui::HelpSupportPage</name>
    <message>
        <source>Getting started with Connect</source>
        <translation>Primeiros passos com o Connect</translation>
    </message>
    <message>
        <source>Portals, accounts and users; the supply chain flows.</source>
        <translation>Portais, contas e usuários; os fluxos da cadeia de fornecimento.</translation>
    </message>
    <message>
        <source>Account module</source>
        <translation>Módulo Conta</translation>
    </message>
    <message>
        <source>Account details, users and invitations (lab: Account Module).</source>
        <translation>Detalhes da conta, usuários e convites (laboratório: Account Module).</translation>
    </message>
    <message>
        <source>Processing fulfillment requests (tutorial)</source>
        <translation>Processamento de solicitações de atendimento (tutorial)</translation>
    </message>
    <message>
        <source>Step by step: fill the fulfillment parameters and approve a request (lab: Fulfillment).</source>
        <translation>Passo a passo: preencher os parâmetros de atendimento e aprovar uma solicitação (laboratório: Fulfillment).</translation>
    </message>
    <message>
        <source>Requests management</source>
        <translation>Gerenciamento de solicitações</translation>
    </message>
    <message>
        <source>Request details, approve, inquire and reject.</source>
        <translation>Detalhes da solicitação, aprovar, solicitar informações e rejeitar.</translation>
    </message>
    <message>
        <source>Listings (video tutorial)</source>
        <translation>Listagens (tutorial em vídeo)</translation>
    </message>
    <message>
        <source>Listing products in a distributor&apos;s marketplaces.</source>
        <translation>Listar produtos nos marketplaces de um distribuidor.</translation>
    </message>
    <message>
        <source>Localization</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Translating product content (lab: Inventory, product profile).</source>
        <translation>Tradução do conteúdo do produto (laboratório: Inventory, perfil do produto).</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Tokens de API</translation>
    </message>
    <message>
        <source>Tokens and their module permissions (lab: API Module).</source>
        <translation>Tokens e suas permissões de módulo (laboratório: API Module).</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Central de atendimento</translation>
    </message>
    <message>
        <source>Support cases: states, attachments, comments (lab: Help &amp; Support).</source>
        <translation>Chamados de suporte: estados, anexos, comentários (laboratório: Help &amp; Support).</translation>
    </message>
    <message>
        <source>SDKs and developer tools</source>
        <translation>SDKs e ferramentas para desenvolvedores</translation>
    </message>
    <message>
        <source>Libraries and tools for the Connect API.</source>
        <translation>Bibliotecas e ferramentas para a API do Connect.</translation>
    </message>
    <message>
        <source>Connect Community (all documentation)</source>
        <translation>Comunidade Connect (toda a documentação)</translation>
    </message>
    <message>
        <source>Every module, guide and release note.</source>
        <translation>Todos os módulos, guias e notas de versão.</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Abre %1 no navegador</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conhecimento</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Novidades</translation>
    </message>
    <message>
        <source>Support cases</source>
        <translation>Chamados de suporte</translation>
    </message>
    <message>
        <source>Connect&apos;s documentation and tutorials, grouped by the lab&apos;s topics. Click a topic to open it in your web browser.</source>
        <translation>Documentação e tutoriais do Connect, agrupados pelos tópicos do laboratório. Clique em um tópico para abri-lo no navegador.</translation>
    </message>
    <message>
        <source>Search cases by subject or ID (Ctrl+F)</source>
        <translation>Pesquisar chamados por assunto ou ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Novo chamado</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>ID do chamado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>(after sync)</source>
        <translation>(após a sincronização)</translation>
    </message>
    <message>
        <source>The account was closed; open it again to write the case.</source>
        <translation>A conta foi fechada; abra-a novamente para escrever o chamado.</translation>
    </message>
    <message>
        <source>Search support cases</source>
        <translation>Pesquisar chamados de suporte</translation>
    </message>
    <message>
        <source>Matches the case&apos;s subject or ID</source>
        <translation>Corresponde ao assunto ou ID do chamado</translation>
    </message>
    <message>
        <source>Case state filter</source>
        <translation>Filtro de estado do chamado</translation>
    </message>
</context>
<context>
    <name>cv::ui::InquireDialog</name>
    <message>
        <source>Inquire: ask the customer</source>
        <translation>Solicitar informações ao cliente</translation>
    </message>
    <message>
        <source>(no template: the parameter messages only)</source>
        <translation>(sem modelo: somente as mensagens dos parâmetros)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parâmetro</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valor atual</translation>
    </message>
    <message>
        <source>Message for the customer</source>
        <translation>Mensagem para o cliente</translation>
    </message>
    <message>
        <source>&amp;Inquire</source>
        <translation>&amp;Solicitar informações</translation>
    </message>
    <message>
        <source>Inquire &amp;template:</source>
        <translation>&amp;Modelo de solicitação de informações:</translation>
    </message>
    <message>
        <source>Write a message next to each parameter the customer must correct:</source>
        <translation>Escreva uma mensagem ao lado de cada parâmetro que o cliente precisa corrigir:</translation>
    </message>
    <message>
        <source>Messages per parameter</source>
        <translation>Mensagens por parâmetro</translation>
    </message>
</context>
<context>
    <name>cv::ui::InventoryPage</name>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Create a product from a definition file exported before</source>
        <translation>Criar um produto a partir de um arquivo de definição exportado anteriormente</translation>
    </message>
    <message>
        <source>Save the selected product&apos;s definition to a file (JSON in the Connect API shapes)</source>
        <translation>Salvar a definição do produto selecionado em um arquivo (JSON nos formatos da API do Connect)</translation>
    </message>
    <message>
        <source>Create Product</source>
        <translation>Criar produto</translation>
    </message>
    <message>
        <source>Name of the new product (you can change it until the product is published):</source>
        <translation>Nome do novo produto (pode ser alterado até o produto ser publicado):</translation>
    </message>
    <message>
        <source>%1

Name of the new product:</source>
        <translation>%1

Nome do novo produto:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>O nome não pode ficar vazio.</translation>
    </message>
    <message>
        <source>The product was not created: %1</source>
        <translation>O produto não foi criado: %1</translation>
    </message>
    <message>
        <source>Open an account (or the sandbox) to see its products.</source>
        <translation>Abra uma conta (ou o sandbox) para ver seus produtos.</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Nenhum produto corresponde a “%1”.</translation>
    </message>
    <message>
        <source>No products yet.
Click “Create Product” to define your first one; it is saved on this computer and sent to Connect with the next sync.</source>
        <translation>Ainda não há produtos.
Clique em “Criar produto” para definir o primeiro; ele é salvo neste computador e enviado ao Connect na próxima sincronização.</translation>
    </message>
    <message>
        <source>Search by name or ID (Ctrl+F)</source>
        <translation>Pesquisar por nome ou ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Define a new product (Ctrl+N)</source>
        <translation>Definir um novo produto (Ctrl+N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Não publicado</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>No product to export.</source>
        <translation>Nenhum produto para exportar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Nenhuma conta está aberta.</translation>
    </message>
    <message>
        <source>%1 is not a product definition: %2 at byte %3.</source>
        <translation>%1 não é uma definição de produto: %2 no byte %3.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 não foi importado: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Select a product to export first.</source>
        <translation>Selecione primeiro um produto para exportar.</translation>
    </message>
    <message>
        <source>Export product definition</source>
        <translation>Exportar definição do produto</translation>
    </message>
    <message>
        <source>Product definition (*.json)</source>
        <translation>Definição do produto (*.json)</translation>
    </message>
    <message>
        <source>Import product definition</source>
        <translation>Importar definição do produto</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Pesquisar produtos</translation>
    </message>
    <message>
        <source>Matches the product&apos;s name or ID</source>
        <translation>Corresponde ao nome ou ID do produto</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
</context>
<context>
    <name>cv::ui::ItemDialog</name>
    <message>
        <source>Edit Item</source>
        <translation>Editar item</translation>
    </message>
    <message>
        <source>New Item</source>
        <translation>Novo item</translation>
    </message>
    <message>
        <source>e.g. SKU Users</source>
        <translation>por exemplo, SKU Users</translation>
    </message>
    <message>
        <source>Manufacturer part number, unique in the product</source>
        <translation>Número de peça do fabricante, único no produto</translation>
    </message>
    <message>
        <source>Optional: what the customer gets with this item</source>
        <translation>Opcional: o que o cliente recebe com este item</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;MPN:</source>
        <translation>&amp;MPN:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>A quantity the customer buys in advance (licenses, users)</source>
        <translation>Uma quantidade que o cliente compra antecipadamente (licenças, usuários)</translation>
    </message>
    <message>
        <source>Billed from reported usage, always monthly</source>
        <translation>Cobrado pelo uso informado, sempre mensalmente</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Billing &amp;period:</source>
        <translation>&amp;Período de cobrança:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidade:</translation>
    </message>
    <message>
        <source>P&amp;recision:</source>
        <translation>P&amp;recisão:</translation>
    </message>
    <message>
        <source>&amp;Commitment:</source>
        <translation>&amp;Compromisso:</translation>
    </message>
    <message>
        <source>This item is published: only its name, MPN and description can change.</source>
        <translation>Este item está publicado: somente o nome, o MPN e a descrição podem ser alterados.</translation>
    </message>
    <message>
        <source>Name and MPN</source>
        <translation>Nome e MPN</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Cobrança</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Excluir item</translation>
    </message>
    <message>
        <source>Only draft items can be deleted.</source>
        <translation>Somente itens em rascunho podem ser excluídos.</translation>
    </message>
    <message>
        <source>Pay-as-you-go items have no commitment.</source>
        <translation>Itens com pagamento por uso não têm compromisso.</translation>
    </message>
    <message>
        <source>%1 (not allowed for this period)</source>
        <translation>%1 (não permitido para este período)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ItemsPage</name>
    <message>
        <source>&amp;New Item</source>
        <translation>&amp;Novo item</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Período de cobrança</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>The SKUs customers buy. Reservation items are bought in advance (users, licenses); pay-as-you-go items are billed monthly from reported usage.</source>
        <translation>Os SKUs que os clientes compram. Itens de reserva são comprados antecipadamente (usuários, licenças); itens com pagamento por uso são cobrados mensalmente pelo uso informado.</translation>
    </message>
    <message>
        <source>Add an item (Ctrl+N)</source>
        <translation>Adicionar um item (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter by name or MPN</source>
        <translation>Filtrar por nome ou MPN</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add item %1</source>
        <translation>Adicionar item %1</translation>
    </message>
    <message>
        <source>Edit item %1</source>
        <translation>Editar item %1</translation>
    </message>
    <message>
        <source>Delete item %1</source>
        <translation>Excluir item %1</translation>
    </message>
    <message>
        <source>Item “%1” deleted.</source>
        <translation>Item “%1” excluído.</translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation>Filtrar itens</translation>
    </message>
    <message>
        <source>Matches the item&apos;s name or MPN</source>
        <translation>Corresponde ao nome ou MPN do item</translation>
    </message>
</context>
<context>
    <name>cv::ui::KeychainNotice</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar esta mensagem</translation>
    </message>
    <message>
        <source>Opening the system keychain for the sandbox account&apos;s API key.</source>
        <translation>Abrindo o chaveiro do sistema para a chave de API da conta sandbox.</translation>
    </message>
    <message>
        <source>Opening the system keychain for the account&apos;s API key.</source>
        <translation>Abrindo o chaveiro do sistema para a chave de API da conta.</translation>
    </message>
    <message>
        <source>Opening the system keychain for the API key of %1.</source>
        <translation>Abrindo o chaveiro do sistema para a chave de API de %1.</translation>
    </message>
    <message>
        <source>If your desktop now asks for a keyring password (or to create a keyring), that window comes from the system keychain (e.g. GNOME Keyring or KWallet), which keeps saved passwords locked; Connect Vendor Desktop never sees that password. Unlock it to keep the key there.</source>
        <translation>Se a área de trabalho pedir agora uma senha do chaveiro (ou para criar um chaveiro), essa janela vem do chaveiro do sistema (por exemplo, GNOME Keyring ou KWallet), que mantém as senhas salvas bloqueadas; o Connect Vendor Desktop nunca vê essa senha. Desbloqueie-o para manter a chave lá.</translation>
    </message>
    <message>
        <source>If you cancel it, the sandbox still opens, with a key kept in memory for this run.</source>
        <translation>Se você cancelar, o sandbox abre mesmo assim, com uma chave mantida na memória durante esta execução.</translation>
    </message>
    <message>
        <source>If you cancel it, the account works offline until you unlock the keychain or enter the key.</source>
        <translation>Se você cancelar, a conta funciona offline até que você desbloqueie o chaveiro ou informe a chave.</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read from the system keychain (%2). You can keep working offline: changes are saved on this computer. To sync, unlock your keychain (your desktop&apos;s keyring or password manager) and choose Try again, or enter the key for this run only.</source>
        <translation>Não foi possível ler a chave de API de %1 no chaveiro do sistema (%2). Você pode continuar trabalhando offline: as alterações são salvas neste computador. Para sincronizar, desbloqueie o chaveiro (o chaveiro ou gerenciador de senhas da área de trabalho) e escolha Tentar novamente, ou informe a chave apenas para esta execução.</translation>
    </message>
    <message>
        <source>declined or not available</source>
        <translation>recusado ou indisponível</translation>
    </message>
    <message>
        <source>&amp;Enter key…</source>
        <translation>&amp;Inserir chave…</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>O chaveiro do sistema recusou o acesso.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s key could not be read from the system keychain (it stayed locked, or the key was never stored there).</source>
        <translation>Não foi possível ler a chave do sandbox no chaveiro do sistema (ele continuou bloqueado ou a chave nunca foi armazenada nele).</translation>
    </message>
    <message>
        <source>No system keychain could be used (none available, or its prompt was canceled).</source>
        <translation>Nenhum chaveiro do sistema pôde ser usado (não há nenhum disponível ou a solicitação foi cancelada).</translation>
    </message>
    <message>
        <source>The sandbox account therefore runs with a memory-only key: a local, throw-away key that opens only the sandbox on this computer. It is not stored in any keychain; the sandbox hands it over again at the next start.</source>
        <translation>Por isso, a conta do sandbox funciona com uma chave apenas em memória: uma chave local e descartável que abre somente o sandbox neste computador. Ela não é armazenada em nenhum chaveiro; o sandbox a entrega novamente na próxima inicialização.</translation>
    </message>
</context>
<context>
    <name>cv::ui::LandingPage</name>
    <message>
        <source>Welcome to Connect</source>
        <translation>Bem-vindo ao Connect</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Bem-vindo(a), %1</translation>
    </message>
    <message>
        <source>Choose a module to get started. Ctrl+1 to Ctrl+0 switch modules from anywhere.</source>
        <translation>Escolha um módulo para começar. Ctrl+1 a Ctrl+0 alternam entre os módulos de qualquer lugar.</translation>
    </message>
</context>
<context>
    <name>cv::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The language of the interface</source>
        <translation>O idioma da interface</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma do sistema (%1)</translation>
    </message>
</context>
<context>
    <name>cv::ui::LinkListEditor</name>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Para cima</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Para baixo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Novo link</translation>
    </message>
</context>
<context>
    <name>cv::ui::ListingRequestPage</name>
    <message>
        <source>Request:</source>
        <translation>Solicitação:</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ainda não enviada</translation>
    </message>
    <message>
        <source>%1 (not confirmed by Connect yet)</source>
        <extracomment>%1 is the listing request&apos;s state (&quot;In review&quot;…).</extracomment>
        <translation>%1 (ainda não confirmado pelo Connect)</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produto:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contrato:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Observação:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Atualizado:</translation>
    </message>
    <message>
        <source>Saved; it is sent to Connect with the next sync.</source>
        <translation>Salvo; será enviado ao Connect na próxima sincronização.</translation>
    </message>
    <message>
        <source>You are offline: this request is saved on this computer and sent to Connect at the next sync.</source>
        <translation>Você está offline: esta solicitação foi salva neste computador e será enviada ao Connect na próxima sincronização.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s provider reviews the request; its state follows the provider&apos;s decision at each sync.</source>
        <translation>O provedor do marketplace analisa a solicitação; o estado dela acompanha a decisão do provedor a cada sincronização.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancelar solicitação</translation>
    </message>
    <message>
        <source>Cancel this listing request?</source>
        <translation>Cancelar esta solicitação de listagem?</translation>
    </message>
    <message>
        <source>Listing request</source>
        <translation>Solicitação de listagem</translation>
    </message>
    <message>
        <source>← All listing requests</source>
        <translation>← Todas as solicitações de listagem</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar para análise</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Voltar para rascunho</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>Cancelar solicitação…</translation>
    </message>
    <message>
        <source>New listing request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Nova solicitação de listagem para %1</translation>
    </message>
    <message>
        <source>Update request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Solicitação de atualização para %1</translation>
    </message>
    <message>
        <source>Removal request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Solicitação de remoção para %1</translation>
    </message>
    <message>
        <source>Listing request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Solicitação de listagem para %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::ListingsPage</name>
    <message>
        <source>Request removal</source>
        <translation>Solicitar remoção</translation>
    </message>
    <message>
        <source>Request update</source>
        <translation>Solicitar atualização</translation>
    </message>
    <message>
        <source>Ask the provider to remove listing %1 from its marketplace. Reason (optional):</source>
        <translation>Pedir ao provedor que remova a listagem %1 do marketplace. Motivo (opcional):</translation>
    </message>
    <message>
        <source>Ask the provider to update listing %1 to the product&apos;s latest version. Note (optional):</source>
        <translation>Pedir ao provedor que atualize a listagem %1 para a versão mais recente do produto. Observação (opcional):</translation>
    </message>
    <message>
        <source>Listing request</source>
        <translation>Solicitação de listagem</translation>
    </message>
    <message>
        <source>Create listing…</source>
        <translation>Criar listagem…</translation>
    </message>
    <message>
        <source>Request update…</source>
        <translation>Solicitar atualização…</translation>
    </message>
    <message>
        <source>Request removal…</source>
        <translation>Solicitar remoção…</translation>
    </message>
    <message>
        <source>Select a listed product to ask the provider to update it to its latest version.</source>
        <translation>Selecione um produto listado para pedir ao provedor que o atualize para a versão mais recente.</translation>
    </message>
    <message>
        <source>Select a listed product to ask the provider to remove it from the marketplace.</source>
        <translation>Selecione um produto listado para pedir ao provedor que o remova do marketplace.</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listagens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitações</translation>
    </message>
    <message>
        <source>Products × marketplaces</source>
        <translation>Produtos × marketplaces</translation>
    </message>
    <message>
        <source>Where each published product is listed. Green: listed; yellow: a request is pending; grey: can be listed; red: not allowed (no active distribution contract).</source>
        <translation>Onde cada produto publicado está listado. Verde: listado; amarelo: há uma solicitação pendente; cinza: pode ser listado; vermelho: não permitido (sem contrato de distribuição ativo).</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Qualquer tipo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Pending request</source>
        <translation>Solicitação pendente</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Search by product, marketplace or ID</source>
        <translation>Pesquisar por produto, marketplace ou ID</translation>
    </message>
    <message>
        <source>Search listings</source>
        <translation>Pesquisar listagens</translation>
    </message>
    <message>
        <source>Matches the product, the marketplace or the ID</source>
        <translation>Corresponde ao produto, ao marketplace ou ao ID</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Solicitações de listagem</translation>
    </message>
    <message>
        <source>Products by marketplace</source>
        <translation>Produtos por marketplace</translation>
    </message>
    <message>
        <source>Listing status filter</source>
        <translation>Filtro de status da listagem</translation>
    </message>
    <message>
        <source>Request state filter</source>
        <translation>Filtro de estado da solicitação</translation>
    </message>
    <message>
        <source>Request type filter</source>
        <translation>Filtro de tipo de solicitação</translation>
    </message>
</context>
<context>
    <name>cv::ui::LocalContentPage</name>
    <message>
        <source>Open link</source>
        <translation>Abrir link</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Abrir este endereço no navegador?

%1</translation>
    </message>
</context>
<context>
    <name>cv::ui::LocalizationTab</name>
    <message>
        <source>Download .po</source>
        <translation>Baixar .po</translation>
    </message>
    <message>
        <source>Gettext catalogs (*.po)</source>
        <translation>Catálogos gettext (*.po)</translation>
    </message>
    <message>
        <source>Download .ts</source>
        <translation>Baixar .ts</translation>
    </message>
    <message>
        <source>Qt Linguist files (*.ts)</source>
        <translation>Arquivos do Qt Linguist (*.ts)</translation>
    </message>
    <message>
        <source>Upload translations</source>
        <translation>Enviar traduções</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nome do produto</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Descrição curta</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>Descrição detalhada</translation>
    </message>
    <message>
        <source>Service description</source>
        <translation>Descrição do serviço</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <source>Provisioning message</source>
        <translation>Mensagem de provisionamento</translation>
    </message>
    <message>
        <source>Download link title</source>
        <translation>Título do link de download</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Título do documento</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Nome do item</translation>
    </message>
    <message>
        <source>Item description</source>
        <translation>Descrição do item</translation>
    </message>
    <message>
        <source>Parameter title</source>
        <translation>Título do parâmetro</translation>
    </message>
    <message>
        <source>Parameter description</source>
        <translation>Descrição do parâmetro</translation>
    </message>
    <message>
        <source>Parameter hint</source>
        <translation>Dica do parâmetro</translation>
    </message>
    <message>
        <source>Parameter placeholder</source>
        <translation>Texto de exemplo do parâmetro</translation>
    </message>
    <message>
        <source>Choice label</source>
        <translation>Rótulo da opção</translation>
    </message>
    <message>
        <source>Template title</source>
        <translation>Título do modelo</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Corpo do modelo</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>Título da ação</translation>
    </message>
    <message>
        <source>Action description</source>
        <translation>Descrição da ação</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Translate what customers see of this product. Edits are saved at once and sent with the next sync; translators can work on a .po (gettext) or .ts (Qt Linguist) file.</source>
        <translation>Traduza o que os clientes veem deste produto. As edições são salvas na hora e enviadas na próxima sincronização; os tradutores podem trabalhar em um arquivo .po (gettext) ou .ts (Qt Linguist).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tradução</translation>
    </message>
    <message>
        <source>Search fields and texts</source>
        <translation>Pesquisar campos e textos</translation>
    </message>
    <message>
        <source>&amp;Untranslated first</source>
        <translation>&amp;Não traduzidos primeiro</translation>
    </message>
    <message>
        <source>Source (English)</source>
        <translation>Original (inglês)</translation>
    </message>
    <message>
        <source>&amp;Download .po</source>
        <translation>&amp;Baixar .po</translation>
    </message>
    <message>
        <source>Download .&amp;ts</source>
        <translation>Baixar .&amp;ts</translation>
    </message>
    <message>
        <source>This product was created on this computer: it can be translated once it has reached Connect (after the next sync).</source>
        <translation>Este produto foi criado neste computador: ele pode ser traduzido depois de chegar ao Connect (após a próxima sincronização).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(not translated)</source>
        <translation>(não traduzido)</translation>
    </message>
    <message>
        <source>Not translated: customers see the English text.</source>
        <translation>Não traduzido: os clientes veem o texto em inglês.</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Salvo enquanto você digita.</translation>
    </message>
    <message>
        <source>Placeholders and links match the source.</source>
        <translation>Os marcadores e os links correspondem ao original.</translation>
    </message>
    <message>
        <source>missing placeholder %1</source>
        <translation>falta o marcador %1</translation>
    </message>
    <message>
        <source>missing link target %1</source>
        <translation>falta o destino de link %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1: the file has %2 MB; files of more than %3 MB are refused.</source>
        <translation>%1: o arquivo tem %2 MB; arquivos com mais de %3 MB são recusados.</translation>
    </message>
    <message>
        <source>Nothing was applied. Problems in %1:</source>
        <translation>Nada foi aplicado. Problemas em %1:</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>Nada foi aplicado: %1</translation>
    </message>
    <message>
        <source>%1: %2 translations applied; %3 outdated ones left out. They are sent with the next sync.</source>
        <translation>%1: %2 traduções aplicadas; %3 desatualizadas foram deixadas de fora. Elas serão enviadas na próxima sincronização.</translation>
    </message>
    <message>
        <source>%1: %2 translations applied. They are sent with the next sync.</source>
        <translation>%1: %2 traduções aplicadas. Elas serão enviadas na próxima sincronização.</translation>
    </message>
    <message>
        <source>U&amp;pload .po…</source>
        <translation>&amp;Enviar .po…</translation>
    </message>
    <message>
        <source>Upload .ts…</source>
        <translation>Enviar .ts…</translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation>Adicionar um idioma…</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
    <message>
        <source>Nothing to apply: every translation in %1 is already there.</source>
        <translation>Nada a aplicar: todas as traduções de %1 já existem.</translation>
    </message>
    <message>
        <source>Upload of %1 canceled; nothing was applied.</source>
        <translation>Envio de %1 cancelado; nada foi aplicado.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Idioma a adicionar</translation>
    </message>
    <message>
        <source>Texts and their translations</source>
        <translation>Textos e suas traduções</translation>
    </message>
    <message>
        <source>1 text written to %1.</source>
        <translation>1 texto gravado em %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n texts written to %1.</source>
        <translation>
            <numerusform>%n texto gravado em %1.</numerusform>
            <numerusform>%n textos gravados em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::MainWindow</name>
    <message>
        <source>Add a Connect account</source>
        <translation>Adicionar uma conta do Connect</translation>
    </message>
    <message>
        <source>Offline workspace</source>
        <translation>Espaço de trabalho offline</translation>
    </message>
    <message>
        <source>Connect Vendor Desktop</source>
        <translation>Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Sandbox on this computer (%1)</source>
        <translation>Sandbox neste computador (%1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Offline workspace: no account</source>
        <translation>Espaço de trabalho offline: nenhuma conta</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation>Nada para sincronizar</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Send local changes and fetch what changed (F5)</source>
        <translation>Enviar as alterações locais e buscar o que mudou (F5)</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Iniciando o sandbox…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>No key for %1 could be read from the system keychain (%2).
Enter the key to use it for this run only; it is not saved.</source>
        <translation>Não foi possível ler nenhuma chave de %1 no chaveiro do sistema (%2).
Informe a chave para usá-la apenas nesta execução; ela não será salva.</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>Nenhum chaveiro do sistema</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Sign out of %1? Its API key is removed from this computer&apos;s keychain.</source>
        <translation>Sair de %1? A chave de API será removida do chaveiro deste computador.</translation>
    </message>
    <message>
        <source>The offline data of the account can stay for when you sign in again, or be deleted now. Changes not yet sent are lost if you delete it.</source>
        <translation>Os dados offline da conta podem ser mantidos para quando você entrar novamente ou excluídos agora. As alterações ainda não enviadas serão perdidas se você excluí-los.</translation>
    </message>
    <message>
        <source>Sign out and delete offline data</source>
        <translation>Sair e excluir os dados offline</translation>
    </message>
    <message>
        <source>The system keychain could not store the API key (%1).

Keep the key in memory for this run only? You will need to enter it again next time; to keep it, unlock or set up your desktop&apos;s keyring and add the account again.</source>
        <translation>O chaveiro do sistema não conseguiu armazenar a chave de API (%1).

Manter a chave na memória apenas nesta execução? Será necessário informá-la novamente na próxima vez; para mantê-la, desbloqueie ou configure o chaveiro da área de trabalho e adicione a conta novamente.</translation>
    </message>
    <message>
        <source>access declined</source>
        <translation>acesso recusado</translation>
    </message>
    <message>
        <source>Notifications: the emails Connect sent you (Ctrl+Shift+N)</source>
        <translation>Notificações: os emails que o Connect enviou para você (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Theme, sync, proxy, notifications and offline data (Ctrl+,)</source>
        <translation>Tema, sincronização, proxy, notificações e dados offline (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ModuleNavigator</name>
    <message>
        <source>Switch module (Ctrl+1 to Ctrl+0)</source>
        <translation>Trocar de módulo (Ctrl+1 a Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ModulePage</name>
    <message>
        <source>The %1 screens are not built yet in this version of Connect Vendor Desktop.
The module&apos;s data is already synced with Connect and kept on this computer for them.</source>
        <translation>As telas de %1 ainda não foram criadas nesta versão do Connect Vendor Desktop.
Os dados do módulo já estão sincronizados com o Connect e mantidos neste computador para elas.</translation>
    </message>
</context>
<context>
    <name>cv::ui::NewCaseDialog</name>
    <message>
        <source>Re&amp;move file</source>
        <translation>Re&amp;mover arquivo</translation>
    </message>
    <message>
        <source>New support case</source>
        <translation>Novo chamado de suporte</translation>
    </message>
    <message>
        <source>What is the problem, in one line</source>
        <translation>Qual é o problema, em uma linha</translation>
    </message>
    <message>
        <source>What happened, what you expected, and the IDs involved (product, request)</source>
        <translation>O que aconteceu, o que você esperava e os IDs envolvidos (produto, solicitação)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Logs or screenshots, up to %1 each.</source>
        <translation>Logs ou capturas de tela, até %1 cada.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Assunto:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridade:</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>A&amp;nexos:</translation>
    </message>
    <message>
        <source>The case is saved on this computer at once and sent to Connect on the next sync.</source>
        <translation>O chamado é salvo imediatamente neste computador e enviado ao Connect na próxima sincronização.</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>A&amp;brir chamado</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Adicionar &amp;arquivo…</translation>
    </message>
    <message>
        <source>Discard this case?</source>
        <translation>Descartar este caso?</translation>
    </message>
    <message>
        <source>The subject, description and files you entered are not kept.</source>
        <translation>O assunto, a descrição e os arquivos que você inseriu não serão mantidos.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuar editando</translation>
    </message>
</context>
<context>
    <name>cv::ui::NotificationsPanel</name>
    <message>
        <source>Notifications are read from Connect: they show when the app is online.</source>
        <translation>As notificações são lidas do Connect: elas aparecem quando o aplicativo está online.</translation>
    </message>
    <message>
        <source>The notifications could not be loaded: %1</source>
        <translation>Não foi possível carregar as notificações: %1</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Ainda não há notificações.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>To the customer, %1 · %2</source>
        <translation>Para o cliente, %1 · %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Assunto:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Show the request this email is about in Fulfillment</source>
        <translation>Mostrar em Atendimento a solicitação a que este email se refere</translation>
    </message>
    <message>
        <source>1 notification</source>
        <translation>1 notificação</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notifications</source>
        <translation>
            <numerusform>%Ln notificação</numerusform>
            <numerusform>%Ln notificações</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ParameterDialog</name>
    <message>
        <source>Required: the customer must fill it in</source>
        <translation>Obrigatório: o cliente deve preenchê-lo</translation>
    </message>
    <message>
        <source>Unique: no two subscriptions may share a value</source>
        <translation>Único: duas assinaturas não podem ter o mesmo valor</translation>
    </message>
    <message>
        <source>Hidden: not shown to the customer</source>
        <translation>Oculto: não é mostrado ao cliente</translation>
    </message>
    <message>
        <source>Edit Parameter</source>
        <translation>Editar parâmetro</translation>
    </message>
    <message>
        <source>Add Parameter</source>
        <translation>Adicionar parâmetro</translation>
    </message>
    <message>
        <source>Used in requests and templates as {{ id }}. Letters, digits, &quot;_&quot; and &quot;-&quot; only.</source>
        <translation>Usado em solicitações e modelos como {{ id }}. Somente letras, dígitos, &quot;_&quot; e &quot;-&quot;.</translation>
    </message>
    <message>
        <source>e.g. Administrator email</source>
        <translation>por exemplo, E-mail do administrador</translation>
    </message>
    <message>
        <source>Help text shown under the field</source>
        <translation>Texto de ajuda exibido abaixo do campo</translation>
    </message>
    <message>
        <source>Asked from the customer when ordering</source>
        <translation>Solicitado ao cliente no pedido</translation>
    </message>
    <message>
        <source>Filled in by the vendor while fulfilling the request</source>
        <translation>Preenchido pelo fornecedor durante o atendimento da solicitação</translation>
    </message>
    <message>
        <source>Set by the vendor or provider per product, item or marketplace</source>
        <translation>Definido pelo fornecedor ou pelo provedor por produto, item ou marketplace</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Escopo:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Restrições:</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>Visibilidade:</translation>
    </message>
    <message>
        <source>Type, phase and scope are fixed once the parameter exists.</source>
        <translation>Tipo, fase e escopo não podem ser alterados depois que o parâmetro existe.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidade</translation>
    </message>
    <message>
        <source>Type and constraints</source>
        <translation>Tipo e restrições</translation>
    </message>
    <message>
        <source>Delete parameter</source>
        <translation>Excluir parâmetro</translation>
    </message>
    <message>
        <source>title: Give the parameter a title.</source>
        <translation>title: dê um título ao parâmetro.</translation>
    </message>
    <message>
        <source>name: Complete the ID after the &quot;param_&quot; prefix.</source>
        <translation>name: complete o ID após o prefixo &quot;param_&quot;.</translation>
    </message>
    <message>
        <source>Type, phase and scope are fixed once the parameter exists: to change them, add a new parameter and delete this one.</source>
        <translation>Tipo, fase e escopo ficam fixos depois que o parâmetro existe: para alterá-los, adicione um novo parâmetro e exclua este.</translation>
    </message>
</context>
<context>
    <name>cv::ui::ParametersPage</name>
    <message>
        <source>&amp;Add Parameter</source>
        <translation>&amp;Adicionar parâmetro</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Ordering parameters are asked from the customer; fulfillment parameters are filled in by you while processing the request. Use an ID in templates as {{ id }}.</source>
        <translation>Parâmetros de pedido são solicitados ao cliente; parâmetros de atendimento são preenchidos por você ao processar a solicitação. Use um ID nos modelos como {{ id }}.</translation>
    </message>
    <message>
        <source>Add a parameter (Ctrl+N)</source>
        <translation>Adicionar um parâmetro (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter by ID</source>
        <translation>Filtrar por ID</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parâmetros</translation>
    </message>
    <message>
        <source>&amp;Capabilities</source>
        <translation>&amp;Recursos</translation>
    </message>
    <message>
        <source>Add parameter %1</source>
        <translation>Adicionar parâmetro %1</translation>
    </message>
    <message>
        <source>Edit parameter %1</source>
        <translation>Editar parâmetro %1</translation>
    </message>
    <message>
        <source>Delete parameter %1</source>
        <translation>Excluir parâmetro %1</translation>
    </message>
    <message>
        <source>Parameter “%1” deleted.</source>
        <translation>Parâmetro “%1” excluído.</translation>
    </message>
    <message>
        <source>Filter parameters</source>
        <translation>Filtrar parâmetros</translation>
    </message>
    <message>
        <source>Matches the parameter&apos;s ID</source>
        <translation>Corresponde ao ID do parâmetro</translation>
    </message>
</context>
<context>
    <name>cv::ui::PreviewPage</name>
    <message>
        <source>Previews run in Connect: open an account first.</source>
        <translation>As pré-visualizações são executadas no Connect: abra uma conta primeiro.</translation>
    </message>
    <message>
        <source>Previews run in Connect, so they need a connection: this works again once the app is online and synced.</source>
        <translation>As pré-visualizações são executadas no Connect, por isso precisam de uma conexão: isto volta a funcionar quando o aplicativo estiver online e sincronizado.</translation>
    </message>
    <message>
        <source>This product has not reached Connect yet: sync first, then start the preview.</source>
        <translation>Este produto ainda não chegou ao Connect: sincronize primeiro e depois inicie a pré-visualização.</translation>
    </message>
    <message>
        <source>Add at least one item to the product before previewing it.</source>
        <translation>Adicione pelo menos um item ao produto antes de pré-visualizá-lo.</translation>
    </message>
    <message>
        <source>The preview could not start: %1</source>
        <translation>Não foi possível iniciar a pré-visualização: %1</translation>
    </message>
    <message>
        <source>The account was closed.</source>
        <translation>A conta foi fechada.</translation>
    </message>
    <message>
        <source>The preview status could not be read: %1</source>
        <translation>Não foi possível ler o status da pré-visualização: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>Asset %1 is ready for %2. &lt;a href=&quot;request:%3&quot;&gt;Manual processing is required for the purchase request %3: open it in Fulfillment&lt;/a&gt;</source>
        <translation>O ativo %1 está pronto para %2. &lt;a href=&quot;request:%3&quot;&gt;A solicitação de compra %3 requer processamento manual: abra-a em Atendimento&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Simulate how the product is ordered, fulfilled and seen by the customer. Connect creates a customer and a reseller account, a subscription and a purchase request on the preview connection. Keep the generated details, or turn on Customize to edit them.</source>
        <translation>Simule como o produto é pedido, atendido e visto pelo cliente. O Connect cria uma conta de cliente e uma de revendedor, uma assinatura e uma solicitação de compra na conexão de pré-visualização. Mantenha os detalhes gerados ou ative Personalizar para editá-los.</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Detalhes da conta</translation>
    </message>
    <message>
        <source>C&amp;ustomize account details</source>
        <translation>Pers&amp;onalizar os detalhes da conta</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reseller (tier 1)</source>
        <translation>Revendedor (nível 1)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Contact first name</source>
        <translation>Nome do contato</translation>
    </message>
    <message>
        <source>Contact last name</source>
        <translation>Sobrenome do contato</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Asset details</source>
        <translation>Detalhes do ativo</translation>
    </message>
    <message>
        <source>Customize &amp;asset details</source>
        <translation>Personalizar os detalhes do &amp;ativo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ordering parameters:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Parâmetros de pedido:&lt;/b&gt; nenhum</translation>
    </message>
    <message>
        <source>&lt;b&gt;Item quantities&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quantidades dos itens&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Start Preview</source>
        <translation>&amp;Iniciar pré-visualização</translation>
    </message>
    <message>
        <source>Start the simulation in the preview environment (Ctrl+Return)</source>
        <translation>Iniciar a simulação no ambiente de pré-visualização (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview status&lt;/b&gt;</source>
        <translation>&lt;b&gt;Status da pré-visualização&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ordering parameters&lt;/b&gt;&lt;br&gt;Example values, as a customer would enter them. Leave a required one (*) empty to preview an order that waits for the customer: the request is Inquiring and you fill the value in on the customer&apos;s behalf, as in the lab.</source>
        <translation>&lt;b&gt;Parâmetros de pedido&lt;/b&gt;&lt;br&gt;Valores de exemplo, como um cliente os informaria. Deixe um obrigatório (*) vazio para pré-visualizar um pedido que aguarda o cliente: a solicitação fica em Aguardando informações e você preenche o valor em nome do cliente, como no laboratório.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando a pré-visualização…</translation>
    </message>
    <message>
        <source>in progress…</source>
        <translation>em andamento…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last preview&lt;/b&gt; (%1): </source>
        <extracomment>Before the result of a preview started earlier (not on this page now); %1 is its date.</extracomment>
        <translation>&lt;b&gt;Última pré-visualização&lt;/b&gt; (%1): </translation>
    </message>
    <message>
        <source>&lt;b&gt;The preview is ready.&lt;/b&gt; Purchase request %1 was approved and asset %2 is active for %3. Sign in to the customer panel to see the product as the customer does.</source>
        <translation>&lt;b&gt;A pré-visualização está pronta.&lt;/b&gt; A solicitação de compra %1 foi aprovada e o ativo %2 está ativo para %3. Entre no painel do cliente para ver o produto como o cliente vê.</translation>
    </message>
    <message>
        <source>Purchase request %1 is approved on this computer. The preview is ready once the approval has reached Connect: sync (F5).</source>
        <translation>A solicitação de compra %1 está aprovada neste computador. A pré-visualização fica pronta quando a aprovação chegar ao Connect: sincronize (F5).</translation>
    </message>
    <message>
        <source>Purchase request %1 was rejected, so this preview ends without a subscription. Start Preview again for a new one.</source>
        <translation>A solicitação de compra %1 foi rejeitada, então esta pré-visualização termina sem assinatura. Inicie a pré-visualização de novo para criar outra.</translation>
    </message>
    <message>
        <source>Open %1 in Fulfillment</source>
        <extracomment>%1 is a request ID.</extracomment>
        <translation>Abrir %1 no Fulfillment</translation>
    </message>
    <message>
        <source>Sign in to the customer &amp;panel</source>
        <translation>Entrar no &amp;painel do cliente</translation>
    </message>
    <message>
        <source>See the product as the customer sees it in the customer control panel (CCP; needs a connection)</source>
        <translation>Ver o produto como o cliente o vê no painel de controle do cliente (CCP; requer conexão)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProductListDelegate</name>
    <message>
        <source>%1 · not synced</source>
        <translation>%1 · não sincronizado</translation>
    </message>
    <message>
        <source>(assigned at the next sync)</source>
        <translation>(atribuído na próxima sincronização)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProductPage</name>
    <message>
        <source>New product (its ID comes with the next sync)</source>
        <translation>Novo produto (o ID vem com a próxima sincronização)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Não publicado</translation>
    </message>
    <message>
        <source>● Changes saved on this computer, not synced yet</source>
        <translation>● Alterações salvas neste computador, ainda não sincronizadas</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>The next sync sends these changes to Connect (F5 syncs now).</source>
        <translation>A próxima sincronização envia estas alterações ao Connect (F5 sincroniza agora).</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>UI</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Back to all products (Alt+Left)</source>
        <translation>Voltar para todos os produtos (Alt+Left)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+%1</source>
        <translation>Ctrl+Alt+%1</translation>
    </message>
    <message>
        <source>The %1 page of the product comes here.</source>
        <translation>A página %1 do produto será exibida aqui.</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>product page: the items (SKUs) the product sells</comment>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>product page: try the product as a customer</comment>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>← All products</source>
        <translation>← Todos os produtos</translation>
    </message>
    <message>
        <source>Product pages</source>
        <translation>Páginas do produto</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProfilePage</name>
    <message>
        <source>Assigned by Connect at the next sync</source>
        <translation>Atribuído pelo Connect na próxima sincronização</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>As alterações são salvas enquanto você digita.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>Saved on this computer; sent with the next sync.</source>
        <translation>Salvo neste computador; enviado na próxima sincronização.</translation>
    </message>
    <message>
        <source>This change was not saved: %1</source>
        <translation>Esta alteração não foi salva: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Bloqueado: %1</translation>
    </message>
    <message>
        <source>No logo.
Drop a PNG or JPEG here.</source>
        <translation>Nenhum logotipo.
Solte um PNG ou JPEG aqui.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Logo saved on this computer; uploaded with the next sync.</source>
        <translation>Logotipo salvo neste computador; será enviado na próxima sincronização.</translation>
    </message>
    <message>
        <source>Choose the product logo</source>
        <translation>Escolher o logotipo do produto</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>ID do produto</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Escolher &amp;logotipo…</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB; a square image of at least 120 × 120 pixels looks best. You can also drop a file on the logo.</source>
        <translation>PNG ou JPEG, no máximo 1 MB; uma imagem quadrada de pelo menos 120 × 120 pixels fica melhor. Também é possível soltar um arquivo sobre o logotipo.</translation>
    </message>
    <message>
        <source>&amp;Short description</source>
        <translation>Descrição &amp;curta</translation>
    </message>
    <message>
        <source>One or two sentences shown in catalogs and search results.</source>
        <translation>Uma ou duas frases exibidas em catálogos e resultados de pesquisa.</translation>
    </message>
    <message>
        <source>&amp;Detailed overview</source>
        <translation>Visão geral &amp;detalhada</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, # headings, lists, tables and links. The preview on the right shows it as customers will see it.</source>
        <translation>Markdown: **negrito**, *itálico*, # títulos, listas, tabelas e links. A pré-visualização à direita mostra o texto como os clientes o verão.</translation>
    </message>
    <message>
        <source>What the product does, who it is for, what is included…</source>
        <translation>O que o produto faz, para quem é, o que está incluído…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Descrição curta</translation>
    </message>
    <message>
        <source>Detailed overview</source>
        <translation>Visão geral detalhada</translation>
    </message>
    <message>
        <source>“%1” was changed meanwhile (a sync or a conflict decision) while you were typing in it; your text is not saved yet. &lt;a href=&quot;theirs:%2&quot;&gt;Use the new text&lt;/a&gt; · &lt;a href=&quot;mine:%2&quot;&gt;Keep mine&lt;/a&gt;</source>
        <translation>“%1” foi alterado (por uma sincronização ou decisão de conflito) enquanto você digitava nele; seu texto ainda não foi salvo. &lt;a href=&quot;theirs:%2&quot;&gt;Usar o novo texto&lt;/a&gt; · &lt;a href=&quot;mine:%2&quot;&gt;Manter o meu&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Logo stored on Connect (shown when online).
Drop an image here to replace it.</source>
        <translation>Logotipo armazenado no Connect (exibido quando online).
Solte uma imagem aqui para substituí-lo.</translation>
    </message>
    <message numerus="yes">
        <source>The short description is limited to %n characters; shorten it to save it.</source>
        <translation>
            <numerusform>A descrição curta é limitada a %n caractere; encurte-a para salvar.</numerusform>
            <numerusform>A descrição curta é limitada a %n caracteres; encurte-a para salvar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::PublishPage</name>
    <message>
        <source>Publishing needs a connection to Connect. The checklist and the changes are shown from this computer.</source>
        <translation>A publicação precisa de uma conexão com o Connect. A lista de verificação e as alterações são exibidas com base neste computador.</translation>
    </message>
    <message>
        <source>Complete the required steps (marked ✗) to publish.</source>
        <translation>Conclua as etapas obrigatórias (marcadas com ✗) para publicar.</translation>
    </message>
    <message>
        <source>Profile: short and detailed descriptions are filled in</source>
        <translation>Perfil: as descrições curta e detalhada estão preenchidas</translation>
    </message>
    <message>
        <source>Items: at least one item is defined</source>
        <translation>Itens: pelo menos um item está definido</translation>
    </message>
    <message>
        <source>Items: add at least one item (required)</source>
        <translation>Itens: adicione pelo menos um item (obrigatório)</translation>
    </message>
    <message>
        <source>Parameters: defined</source>
        <translation>Parâmetros: definidos</translation>
    </message>
    <message>
        <source>Parameters: none defined yet</source>
        <translation>Parâmetros: nenhum definido ainda</translation>
    </message>
    <message>
        <source>Templates: the activation template uses only known parameters</source>
        <translation>Modelos: o modelo de ativação usa somente parâmetros conhecidos</translation>
    </message>
    <message>
        <source>Templates: there is no activation (asset fulfillment) template</source>
        <translation>Modelos: não há modelo de ativação (atendimento do ativo)</translation>
    </message>
    <message>
        <source>Preview: a preview request was run</source>
        <translation>Pré-visualização: uma solicitação de pré-visualização foi executada</translation>
    </message>
    <message>
        <source>Preview: not run yet (recommended)</source>
        <translation>Pré-visualização: ainda não executada (recomendado)</translation>
    </message>
    <message>
        <source>Synced: Connect has every change of the product</source>
        <translation>Sincronizado: o Connect tem todas as alterações do produto</translation>
    </message>
    <message>
        <source>Synced: changes wait on this computer; sync first (F5) (required)</source>
        <translation>Sincronizado: há alterações aguardando neste computador; sincronize primeiro (F5) (obrigatório)</translation>
    </message>
    <message>
        <source>• The product name cannot be changed after the first version is published.
• Published items cannot be removed, and only their name, MPN and description can be edited.</source>
        <translation>• O nome do produto não pode ser alterado depois que a primeira versão é publicada.
• Itens publicados não podem ser removidos, e somente o nome, o MPN e a descrição deles podem ser editados.</translation>
    </message>
    <message>
        <source>Changes since the last published version (loading…)</source>
        <translation>Alterações desde a última versão publicada (carregando…)</translation>
    </message>
    <message>
        <source>Changes: first version (compared with nothing)</source>
        <translation>Alterações: primeira versão (sem comparação)</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>Alterações desde a versão %1</translation>
    </message>
    <message>
        <source>General attributes</source>
        <translation>Atributos gerais</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>added</source>
        <translation>adicionado</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nome do produto</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Descrição curta</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>Descrição detalhada</translation>
    </message>
    <message>
        <source>Customer UI settings</source>
        <translation>Configurações da interface do cliente</translation>
    </message>
    <message>
        <source>versioned (takes effect when published)</source>
        <translation>versionado (entra em vigor ao publicar)</translation>
    </message>
    <message>
        <source>live at once (not versioned)</source>
        <translation>imediato (não versionado)</translation>
    </message>
    <message>
        <source>No changes since version %1</source>
        <translation>Nenhuma alteração desde a versão %1</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Publish a new version of “%1”?</source>
        <translation>Publicar uma nova versão de “%1”?</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>Falha na publicação: %1</translation>
    </message>
    <message>
        <source>Version %1 of the product is published. The inventory shows it after this sync.</source>
        <translation>A versão %1 do produto foi publicada. O inventário a mostra após esta sincronização.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <source>Before you publish</source>
        <translation>Antes de publicar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Entra em vigor</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Publish the next version of the product (Ctrl+Shift+P)</source>
        <translation>Publicar a próxima versão do produto (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Publishing the new version…</source>
        <translation>Publicando a nova versão…</translation>
    </message>
    <message>
        <source>Publish Successful!</source>
        <translation>Publicação concluída!</translation>
    </message>
    <message>
        <source>Back to the checklist</source>
        <translation>Voltar para a lista de verificação</translation>
    </message>
    <message>
        <source>Connect to compare this draft with version %1.</source>
        <translation>Conecte-se ao Connect para comparar este rascunho com a versão %1.</translation>
    </message>
    <message>
        <source>Templates: unknown or broken placeholders in the activation template: %1</source>
        <translation>Modelos: marcadores desconhecidos ou inválidos no modelo de ativação: %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because the published version is read from Connect and there is no connection now</source>
        <extracomment>%1 is the number of the last published version of the product.</extracomment>
        <translation>Alterações desde a versão %1: desconhecidas, porque a versão publicada é lida do Connect e não há conexão agora</translation>
    </message>
    <message>
        <source>Profile: add the short description</source>
        <translation>Perfil: adicione a descrição curta</translation>
    </message>
    <message>
        <source>Profile: add the detailed description</source>
        <translation>Perfil: adicione a descrição detalhada</translation>
    </message>
    <message>
        <source>Profile: add the short and detailed descriptions</source>
        <translation>Perfil: adicione as descrições curta e detalhada</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because Connect did not answer: %2</source>
        <extracomment>%1 is the number of the last published version, %2 the error Connect (or the network) gave.</extracomment>
        <translation>Alterações desde a versão %1: desconhecidas, porque o Connect não respondeu: %2</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because its contents could not be read from Connect</source>
        <extracomment>%1 is the number of the last published version of the product.</extracomment>
        <translation>Alterações desde a versão %1: desconhecidas, porque seu conteúdo não pôde ser lido do Connect</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column: added, changed or removed</comment>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Publish checklist</source>
        <translation>Lista de verificação da publicação</translation>
    </message>
    <message>
        <source>Changes since the last published version</source>
        <translation>Alterações desde a última versão publicada</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReasonDialog</name>
    <message numerus="yes">
        <source>Reject %Ln requests</source>
        <translation>
            <numerusform>Rejeitar %Ln solicitação</numerusform>
            <numerusform>Rejeitar %Ln solicitações</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Rejeitar solicitação</translation>
    </message>
    <message>
        <source>Tell the customer why the request is rejected</source>
        <translation>Informe ao cliente por que a solicitação foi rejeitada</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reject %Ln</source>
        <translation>
            <numerusform>&amp;Rejeitar %Ln</numerusform>
            <numerusform>&amp;Rejeitar %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeitar</translation>
    </message>
    <message>
        <source>&amp;Reason (required, the customer sees it):</source>
        <translation>&amp;Motivo (obrigatório, o cliente o vê):</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReportCharts</name>
    <message>
        <source>Requests per day by status</source>
        <translation>Solicitações por dia por status</translation>
    </message>
    <message>
        <source>Requests per day by product</source>
        <translation>Solicitações por dia por produto</translation>
    </message>
    <message>
        <source>Requests per day by type</source>
        <translation>Solicitações por dia por tipo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>Time to fulfill (approved requests; median in days: %1)</source>
        <translation>Tempo de atendimento (solicitações aprovadas; mediana em dias: %1)</translation>
    </message>
    <message>
        <source>Approved requests</source>
        <translation>Solicitações aprovadas</translation>
    </message>
    <message>
        <source>up to %1 d</source>
        <translation>até %1 d</translation>
    </message>
    <message>
        <source>%1-%2 d</source>
        <translation>%1-%2 d</translation>
    </message>
    <message>
        <source>over %1 d</source>
        <translation>mais de %1 d</translation>
    </message>
    <message>
        <source>Requests from %1 to %2: %3; approved: %4.</source>
        <translation>Solicitações de %1 a %2: %3; aprovadas: %4.</translation>
    </message>
    <message>
        <source>No requests in the cache yet.</source>
        <translation>Ainda não há solicitações no cache.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReportsPage</name>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Até:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produto:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Ambiente:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xecutar</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar para &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>Exportar para &amp;Excel…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Executar &amp;novamente</translation>
    </message>
    <message>
        <source>Every export, with its parameters and file. Double-click one or press &quot;Run again&quot; to compute it again from the cache.</source>
        <translation>Todas as exportações, com seus parâmetros e arquivo. Clique duas vezes em uma ou pressione &quot;Executar novamente&quot; para calculá-la de novo a partir do cache.</translation>
    </message>
    <message>
        <source>Ran at</source>
        <translation>Executado em</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>Concluído em %1 s</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Qualquer tipo</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>Any environment</source>
        <translation>Qualquer ambiente</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Qualquer produto</translation>
    </message>
    <message>
        <source>Any marketplace</source>
        <translation>Qualquer marketplace</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>Exportando %1 para %2…</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Calculando %1…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>, %1 in all: %2</source>
        <translation>, %1 no total: %2</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>Não foi possível calcular o relatório: %1</translation>
    </message>
    <message>
        <source>Canceled. Nothing was written.</source>
        <translation>Cancelado. Nada foi gravado.</translation>
    </message>
    <message>
        <source>Exported %1 to %2 in %3 s.</source>
        <translation>%1 exportado para %2 em %3 s.</translation>
    </message>
    <message>
        <source>%1, computed from the cache in %2 s%3.</source>
        <translation>%1, calculado a partir do cache em %2 s%3.</translation>
    </message>
    <message numerus="yes">
        <source>; the first %Ln are shown</source>
        <translation>
            <numerusform>; a primeira %Ln é exibida</numerusform>
            <numerusform>; as primeiras %Ln são exibidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Pré-visualização do relatório</translation>
    </message>
    <message>
        <source>Report history</source>
        <translation>Histórico de relatórios</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 linha</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln linha</numerusform>
            <numerusform>%Ln linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 on average: %2</source>
        <translation>, %1 em média: %2</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Solicitante:</translation>
    </message>
    <message>
        <source>The provider whose marketplace sent the request</source>
        <translation>O provedor cujo marketplace enviou a solicitação</translation>
    </message>
    <message>
        <source>Any requester</source>
        <translation>Qualquer solicitante</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestPage</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ID fiscal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Aguardando sincronização</translation>
    </message>
    <message>
        <source>Switch to &amp;Pending</source>
        <translation>Mudar para &amp;pendente</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Atribuir a &amp;mim</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>Salvar &amp;observação</translation>
    </message>
    <message>
        <source>Changed offline; Connect receives the change at the next sync.</source>
        <translation>Alterado offline; o Connect recebe a alteração na próxima sincronização.</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Voltar para a lista (Alt+Left)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Previous quantity</source>
        <translation>Quantidade anterior</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Write a note for this request</source>
        <translation>Escreva uma observação para esta solicitação</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>The request&apos;s no&amp;te, shared with your team and the distributor:</source>
        <translation>O&amp;bservação da solicitação, compartilhada com sua equipe e o distribuidor:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Níveis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Requests chain</source>
        <translation>Cadeia de solicitações</translation>
    </message>
    <message>
        <source>Sign in to &amp;CCP</source>
        <translation>Entrar no &amp;CCP</translation>
    </message>
    <message>
        <source>See the product as the customer sees it in the customer control panel (needs a connection)</source>
        <translation>Ver o produto como o cliente o vê no painel de controle do cliente (requer conexão)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · created %4</source>
        <extracomment>%1 is the product (name and ID), %2 the customer (or &quot;no customer&quot;), %3 the environment, %4 the date.</extracomment>
        <translation>%1 · %2 · %3 · criada em %4</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>sem cliente</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Não atribuída</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Responsável: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Data de vigência</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>External UID</source>
        <translation>UID externo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Marketplace and contract</source>
        <translation>Marketplace e contrato</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Activation message</source>
        <translation>Mensagem de ativação</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Tier 1 (reseller)</source>
        <translation>Nível 1 (revendedor)</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Nível 2</translation>
    </message>
    <message>
        <source>No tier accounts on this request.</source>
        <translation>Nenhuma conta de nível nesta solicitação.</translation>
    </message>
    <message>
        <source>No note yet.</source>
        <translation>Ainda não há observação.</translation>
    </message>
    <message>
        <source>Your user is not known yet; sync first.</source>
        <translation>Seu usuário ainda não é conhecido; sincronize primeiro.</translation>
    </message>
    <message>
        <source>Required before approval.</source>
        <translation>Obrigatório antes da aprovação.</translation>
    </message>
    <message>
        <source>Switch to Pending</source>
        <translation>Mudar para pendente</translation>
    </message>
    <message>
        <source>Switch %1 to Pending? The request moves to your processing queue.</source>
        <translation>Mudar %1 para pendente? A solicitação passa para a sua fila de processamento.</translation>
    </message>
    <message>
        <source>Switched to Pending.</source>
        <translation>Mudada para pendente.</translation>
    </message>
    <message>
        <source>Approved. Waiting for sync.</source>
        <translation>Aprovada. Aguardando sincronização.</translation>
    </message>
    <message>
        <source>The customer is asked for more information.</source>
        <translation>Foram solicitadas mais informações ao cliente.</translation>
    </message>
    <message>
        <source>Rejected. Waiting for sync.</source>
        <translation>Rejeitada. Aguardando sincronização.</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Atribuída a você.</translation>
    </message>
    <message>
        <source>Parameters saved. Waiting for sync.</source>
        <translation>Parâmetros salvos. Aguardando sincronização.</translation>
    </message>
    <message>
        <source>Note saved. Waiting for sync.</source>
        <translation>Observação salva. Aguardando sincronização.</translation>
    </message>
    <message>
        <source>Correct the highlighted parameter before approving.</source>
        <translation>Corrija o parâmetro destacado antes de aprovar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <source>You entered parameter values that are not saved yet. Save them and approve with them?</source>
        <translation>Você informou valores de parâmetros que ainda não foram salvos. Salvá-los e aprovar com eles?</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>&amp;Inquire…</source>
        <translation>&amp;Solicitar informações…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprovar…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeitar…</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>request tab: the items the customer orders</comment>
        <translation>Itens</translation>
    </message>
    <message>
        <source>&amp;Save and approve…</source>
        <translation>&amp;Salvar e aprovar…</translation>
    </message>
    <message>
        <source>Items of the request</source>
        <translation>Itens da solicitação</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Detalhes da solicitação</translation>
    </message>
    <message>
        <source>Customer and reseller tiers</source>
        <translation>Níveis de cliente e revendedor</translation>
    </message>
    <message>
        <source>Notes history</source>
        <translation>Histórico de observações</translation>
    </message>
    <message>
        <source>Requests of the same subscription</source>
        <translation>Solicitações da mesma assinatura</translation>
    </message>
    <message>
        <source>Enter opens the request</source>
        <translation>Enter abre a solicitação</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Todas as solicitações</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestParametersTab</name>
    <message>
        <source>Fulfillment parameters</source>
        <translation>Parâmetros de atendimento</translation>
    </message>
    <message>
        <source>Ordering parameters (given by the customer)</source>
        <translation>Parâmetros de pedido (informados pelo cliente)</translation>
    </message>
    <message>
        <source>&amp;Save parameters</source>
        <translation>&amp;Salvar parâmetros</translation>
    </message>
    <message>
        <source>Parameters marked * are required before the request can be approved.</source>
        <translation>Os parâmetros marcados com * são obrigatórios para que a solicitação possa ser aprovada.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(não escolhido)</translation>
    </message>
    <message>
        <source>Asked of the customer: %1</source>
        <translation>Solicitado ao cliente: %1</translation>
    </message>
    <message>
        <source>This product has no fulfillment parameters.</source>
        <translation>Este produto não tem parâmetros de atendimento.</translation>
    </message>
    <message>
        <source>The parameters cannot be changed in this status.</source>
        <translation>Os parâmetros não podem ser alterados neste status.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <extracomment>Read by screen readers for a required parameter; %1 is the parameter&apos;s description (may be empty).</extracomment>
        <translation>Obrigatório. %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestRowDelegate</name>
    <message>
        <source>%1 · not synced</source>
        <translation>%1 · não sincronizado</translation>
    </message>
</context>
<context>
    <name>cv::ui::ServiceTab</name>
    <message>
        <source>One sentence shown to customers in the subscription&apos;s service tab</source>
        <translation>Uma frase exibida aos clientes na guia de serviço da assinatura</translation>
    </message>
    <message>
        <source>Markdown: the first steps after the subscription is activated</source>
        <translation>Markdown: os primeiros passos após a ativação da assinatura</translation>
    </message>
    <message>
        <source>What customers see about the service in their portal. Changes are saved as you type and sent to Connect by the next sync.</source>
        <translation>O que os clientes veem sobre o serviço no portal. As alterações são salvas enquanto você digita e enviadas ao Connect na próxima sincronização.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>&amp;Getting started:</source>
        <translation>&amp;Primeiros passos:</translation>
    </message>
    <message>
        <source>Download links:</source>
        <translation>Links para download:</translation>
    </message>
    <message>
        <source>Documentation:</source>
        <translation>Documentação:</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Edit service texts</source>
        <translation>Editar textos do serviço</translation>
    </message>
    <message>
        <source>Download links</source>
        <translation>Links para download</translation>
    </message>
    <message>
        <source>Documentation links</source>
        <translation>Links de documentação</translation>
    </message>
</context>
<context>
    <name>cv::ui::SettingsDialog</name>
    <message>
        <source>Enter the proxy&apos;s host name and a port from 1 to 65535. Until then the previous setting stays in use.</source>
        <translation>Informe o nome do host do proxy e uma porta de 1 a 65535. Até lá, a configuração anterior continua em uso.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>The offline data of %1 is cleared.</source>
        <translation>Os dados offline de %1 foram limpos.</translation>
    </message>
    <message>
        <source>Some files of %1 could not be deleted: %2</source>
        <translation>Alguns arquivos de %1 não puderam ser excluídos: %2</translation>
    </message>
    <message>
        <source>Clear offline data</source>
        <translation>Limpar dados offline</translation>
    </message>
    <message>
        <source>The changes waiting to be sent for %1 could not be counted.</source>
        <translation>Não foi possível contar as alterações de %1 que aguardam envio.</translation>
    </message>
    <message>
        <source>Clearing the offline data deletes them for good. The rest comes back with the next sync.</source>
        <translation>Limpar os dados offline as exclui para sempre. O restante volta na próxima sincronização.</translation>
    </message>
    <message>
        <source>Clear and lose the changes</source>
        <translation>Limpar e perder as alterações</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Offline data</source>
        <translation>Dados offline</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual ao do sistema</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Igual ao do sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Continuar em execução na bandeja quando a janela for fechada</translation>
    </message>
    <message>
        <source>The tray icon shows the pending requests and has Sync now, Pause sync and Quit.</source>
        <translation>O ícone da bandeja mostra as solicitações pendentes e oferece Sincronizar agora, Pausar sincronização e Sair.</translation>
    </message>
    <message>
        <source>This desktop shows no tray icon, so closing the window quits.</source>
        <translation>Este ambiente de trabalho não mostra ícone na bandeja, então fechar a janela encerra o aplicativo.</translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>Sincronizar &amp;automaticamente</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizar a &amp;cada:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync when an account &amp;opens</source>
        <translation>Sincronizar quando uma conta for &amp;aberta</translation>
    </message>
    <message>
        <source>While automatic sync is off, nothing is sent or fetched until you choose Sync now (F5). Changes made here are kept on this computer meanwhile.</source>
        <translation>Enquanto a sincronização automática estiver desativada, nada é enviado nem buscado até você escolher Sincronizar agora (F5). Enquanto isso, as alterações feitas aqui ficam neste computador.</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Usar as configurações de proxy do &amp;sistema</translation>
    </message>
    <message>
        <source>Use this HTTP &amp;proxy:</source>
        <translation>Usar este &amp;proxy HTTP:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>Used for Connect endpoints. The sandbox on this computer is reached directly.</source>
        <translation>Usado para os endpoints do Connect. O sandbox neste computador é acessado diretamente.</translation>
    </message>
    <message>
        <source>New &amp;pending requests after a sync</source>
        <translation>Novas solicitações &amp;pendentes após uma sincronização</translation>
    </message>
    <message>
        <source>Sync &amp;failures that need you (a refused API key, offline data that cannot be written)</source>
        <translation>&amp;Falhas de sincronização que precisam de você (uma chave de API recusada, dados offline que não podem ser gravados)</translation>
    </message>
    <message>
        <source>New &amp;conflicts</source>
        <translation>Novos &amp;conflitos</translation>
    </message>
    <message>
        <source>Publish &amp;finished</source>
        <translation>Publicação &amp;concluída</translation>
    </message>
    <message>
        <source>Shown as desktop notifications from the tray icon. Being offline is never notified: the app retries by itself.</source>
        <translation>Exibidas como notificações da área de trabalho a partir do ícone da bandeja. Ficar offline nunca é notificado: o aplicativo tenta novamente sozinho.</translation>
    </message>
    <message>
        <source>Offline data is kept in:</source>
        <translation>Os dados offline ficam em:</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;pasta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>Alterações não enviadas</translation>
    </message>
    <message>
        <source>C&amp;lear offline data…</source>
        <translation>&amp;Limpar dados offline…</translation>
    </message>
    <message>
        <source>Delete the selected account&apos;s offline data; the next sync fetches it again</source>
        <translation>Excluir os dados offline da conta selecionada; a próxima sincronização os busca novamente</translation>
    </message>
    <message>
        <source>1 change made on this computer for %1 has not been sent to Connect yet.</source>
        <translation>1 alteração feita neste computador para %1 ainda não foi enviada ao Connect.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes made on this computer for %1 have not been sent to Connect yet.</source>
        <translation>
            <numerusform>%n alteração feita neste computador para %1 ainda não foi enviada ao Connect.</numerusform>
            <numerusform>%n alterações feitas neste computador para %1 ainda não foram enviadas ao Connect.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline data per account</source>
        <translation>Dados offline por conta</translation>
    </message>
    <message>
        <source>Light and Dark use the Fusion style with a light or dark palette; the previews of Markdown, templates and the customer panel follow the theme.</source>
        <translation>Claro e Escuro usam o estilo Fusion com uma paleta clara ou escura; as pré-visualizações de Markdown, dos modelos e do painel do cliente seguem o tema.</translation>
    </message>
</context>
<context>
    <name>cv::ui::StepDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Etapa %1 de %2: %3</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <extracomment>Beside a disabled Add/Next button; %1 lists form fields (&quot;Description, Name&quot;).</extracomment>
        <translation>Ainda necessário: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::SyncStatusWidget</name>
    <message>
        <source>Enter key…</source>
        <translation>Informar chave…</translation>
    </message>
    <message>
        <source>sending changes %1/%2</source>
        <extracomment>Sync progress: %1 changes of %2 sent so far.</extracomment>
        <translation>enviando alterações %1/%2</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source> · 1 change waiting to be sent</source>
        <extracomment>Added after the sync state in the status bar (&quot;Synced at 14:05 · 1 change waiting to be sent&quot;).</extracomment>
        <translation> · 1 alteração aguardando envio</translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation>Nada para sincronizar</translation>
    </message>
    <message>
        <source>Opening the account…</source>
        <extracomment>%1 is the progress, e.g. &quot;upgrading the offline data: 40%&quot;.</extracomment>
        <translation>Abrindo a conta…</translation>
    </message>
    <message>
        <source>No API key available: working offline</source>
        <translation>Nenhuma chave de API disponível: trabalhando offline</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <extracomment>%1 is the progress, e.g. &quot;sending changes 3/10&quot;.</extracomment>
        <translation>Sincronizando… %1</translation>
    </message>
    <message>
        <source>Offline: changes are saved here and sent when the connection is back</source>
        <translation>Offline: as alterações são salvas aqui e enviadas quando a conexão voltar</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <extracomment>%1 is the error, as Connect or the network gave it.</extracomment>
        <translation>Falha na sincronização: %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <extracomment>%1 is the time of the last sync.</extracomment>
        <translation>Sincronizado às %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <source>⚠ 1 conflict</source>
        <translation>⚠ 1 conflito</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln changes waiting to be sent</source>
        <translation>
            <numerusform> · %Ln alteração aguardando envio</numerusform>
            <numerusform> · %Ln alterações aguardando envio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflicts</source>
        <translation>
            <numerusform>⚠ %n conflito</numerusform>
            <numerusform>⚠ %n conflitos</numerusform>
        </translation>
    </message>
    <message>
        <source>upgrading the offline data: %1%</source>
        <extracomment>Shown while an older build&apos;s offline data is converted; %1 is how far, in percent.</extracomment>
        <translation>atualizando os dados offline: %1%</translation>
    </message>
    <message>
        <source> · 1 change refused by Connect</source>
        <extracomment>Added after the sync state in the status bar (&quot;Synced at 14:05 · 1 change refused by Connect&quot;).</extracomment>
        <translation> · 1 alteração recusada pelo Connect</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln changes refused by Connect</source>
        <translation>
            <numerusform> · %Ln alteração recusada pelo Connect</numerusform>
            <numerusform> · %Ln alterações recusadas pelo Connect</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the account… %1</source>
        <translation>Abrindo a conta… %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::TemplatesTab</name>
    <message>
        <source>New template</source>
        <translation>Novo modelo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Pré-visualizar</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>Todos os modelos</translation>
    </message>
    <message>
        <source>Subscription: activation</source>
        <translation>Assinatura: ativação</translation>
    </message>
    <message>
        <source>Subscription: inquire</source>
        <translation>Assinatura: solicitação de informações</translation>
    </message>
    <message>
        <source>Subscription: pending</source>
        <translation>Assinatura: pendente</translation>
    </message>
    <message>
        <source>Tier 1 setup</source>
        <translation>Configuração do nível 1</translation>
    </message>
    <message>
        <source>Tier 2 setup</source>
        <translation>Configuração do nível 2</translation>
    </message>
    <message>
        <source>Markdown. Type {{ to insert a parameter.</source>
        <translation>Markdown. Digite {{ para inserir um parâmetro.</translation>
    </message>
    <message>
        <source>Insert parameter</source>
        <translation>Inserir parâmetro</translation>
    </message>
    <message>
        <source>Insert {{ parameter_id }} at the cursor</source>
        <translation>Inserir {{ parameter_id }} no cursor</translation>
    </message>
    <message>
        <source>Render with example values (Ctrl+P)</source>
        <translation>Renderizar com valores de exemplo (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>A default template (cannot be deleted)</source>
        <translation>Um modelo padrão (não pode ser excluído)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Default templates cannot be deleted.</source>
        <translation>Modelos padrão não podem ser excluídos.</translation>
    </message>
    <message>
        <source>Not available in this template&apos;s phase</source>
        <translation>Não disponível na fase deste modelo</translation>
    </message>
    <message>
        <source>Activation form link (%1)</source>
        <translation>Link do formulário de ativação (%1)</translation>
    </message>
    <message>
        <source>The product has no parameters yet</source>
        <translation>O produto ainda não tem parâmetros</translation>
    </message>
    <message>
        <source>Unknown parameter: %1</source>
        <translation>Parâmetro desconhecido: %1</translation>
    </message>
    <message>
        <source>✓ Every parameter is known.</source>
        <translation>✓ Todos os parâmetros são conhecidos.</translation>
    </message>
    <message>
        <source>Variables used: none</source>
        <translation>Variáveis usadas: nenhuma</translation>
    </message>
    <message>
        <source>Variables used: %1</source>
        <translation>Variáveis usadas: %1</translation>
    </message>
    <message>
        <source>Edit template %1</source>
        <translation>Editar modelo %1</translation>
    </message>
    <message>
        <source># Thank you for your order

</source>
        <translation># Obrigado pelo seu pedido

</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>Novo modelo %1</translation>
    </message>
    <message>
        <source>Add template %1</source>
        <translation>Adicionar modelo %1</translation>
    </message>
    <message>
        <source>Delete template %1</source>
        <translation>Excluir modelo %1</translation>
    </message>
    <message>
        <source>“{{ %1 }}” is not a parameter: put exactly one parameter ID between {{ and }}.</source>
        <translation>“{{ %1 }}” não é um parâmetro: coloque exatamente um ID de parâmetro entre {{ e }}.</translation>
    </message>
    <message>
        <source>“{{ %1” is not closed: end it with }}.</source>
        <translation>“{{ %1” não está fechado: termine-o com }}.</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>Modelo “%1” excluído.</translation>
    </message>
    <message>
        <source>%1 is a configuration parameter; this template can use ordering and fulfillment parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 é um parâmetro de configuração; este modelo pode usar parâmetros de pedido e de atendimento.</translation>
    </message>
    <message>
        <source>%1 is not an ordering or fulfillment parameter; this template can use only those.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 não é um parâmetro de pedido nem de atendimento; este modelo só pode usar esses.</translation>
    </message>
    <message>
        <source>%1 is a fulfillment parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 é um parâmetro de atendimento; este modelo só pode usar parâmetros de pedido.</translation>
    </message>
    <message>
        <source>%1 is a configuration parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 é um parâmetro de configuração; este modelo só pode usar parâmetros de pedido.</translation>
    </message>
    <message>
        <source>%1 is not an ordering parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 não é um parâmetro de pedido; este modelo só pode usar parâmetros de pedido.</translation>
    </message>
    <message>
        <source>Preview the template in this language</source>
        <translation>Pré-visualizar o modelo neste idioma</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A parameter in the Insert menu: %1 its title, %2 its ID, %3 its phase (&quot;Ordering&quot;…).</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>English (source)</source>
        <translation>Inglês (original)</translation>
    </message>
    <message>
        <source>Template kind filter</source>
        <translation>Filtro de tipo de modelo</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Corpo do modelo</translation>
    </message>
    <message>
        <source>Preview language</source>
        <translation>Idioma da pré-visualização</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <extracomment>The preview window&apos;s title; %1 is the template&apos;s name.</extracomment>
        <translation>Pré-visualização: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::TokenDialog</name>
    <message>
        <source>Generate</source>
        <translation>Gerar</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copiar token</translation>
    </message>
    <message>
        <source>Copy header</source>
        <translation>Copiar cabeçalho</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>Já copiei</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Gerar token</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>The token may only call the API of the modules ticked here.</source>
        <translation>O token só pode chamar a API dos módulos marcados aqui.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copy the token now. Connect shows it only this once and this app does not keep it: when you close this window it is gone. If you lose it, generate a new token and delete this one.</source>
        <translation>Copie o token agora. O Connect o mostra somente esta vez e este aplicativo não o guarda: ao fechar esta janela, ele se perde. Se você perdê-lo, gere um novo token e exclua este.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Authorization header for your scripts</source>
        <translation>Cabeçalho Authorization para seus scripts</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>No account is open: a token is generated by Connect for an account.</source>
        <translation>Nenhuma conta está aberta: um token é gerado pelo Connect para uma conta.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Gerando…</translation>
    </message>
    <message>
        <source>Could not reach Connect, so no secret can be shown: Connect makes it and shows it only in its answer. Try again when online; if a token of this name shows up after the next sync (the answer was lost on the way), delete it. (%1)</source>
        <translation>Não foi possível acessar o Connect, então nenhum segredo pode ser exibido: o Connect o cria e o mostra apenas na sua resposta. Tente novamente quando estiver online; se um token com este nome aparecer após a próxima sincronização (a resposta se perdeu no caminho), exclua-o. (%1)</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; (%2) is ready</source>
        <translation>O token &quot;%1&quot; (%2) está pronto</translation>
    </message>
</context>
<context>
    <name>cv::ui::TokensView</name>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>The change could not be saved in the offline cache, so nothing was changed: %1</source>
        <translation>Não foi possível salvar a alteração no cache offline, então nada foi alterado: %1</translation>
    </message>
    <message>
        <source>Delete token</source>
        <translation>Excluir token</translation>
    </message>
    <message>
        <source>Delete the token &quot;%1&quot; (%2)? Scripts and extensions using it can no longer call Connect.</source>
        <translation>Excluir o token &quot;%1&quot; (%2)? Scripts e extensões que o usam não poderão mais chamar o Connect.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>%1: waiting for sync. The change is saved here and goes to Connect with the next sync.</source>
        <translation>%1: aguardando sincronização. A alteração foi salva aqui e vai para o Connect na próxima sincronização.</translation>
    </message>
    <message>
        <source>Select a token to see its details. Generate one for each script or system that calls Connect, so that each can be turned off on its own.</source>
        <translation>Selecione um token para ver seus detalhes. Gere um para cada script ou sistema que chama o Connect, para que cada um possa ser desativado separadamente.</translation>
    </message>
    <message>
        <source>%1 · owner %2 · extension %3 · modules: %4</source>
        <translation>%1 · proprietário %2 · extensão %3 · módulos: %4</translation>
    </message>
    <message>
        <source>all (no restriction)</source>
        <translation>todos (sem restrição)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Gerar token</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira em</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensão</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Todos os módulos</translation>
    </message>
    <message>
        <source>Search by name, ID, description…</source>
        <translation>Pesquisar por nome, ID, descrição…</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>Pesquisar tokens</translation>
    </message>
    <message>
        <source>Matches the token&apos;s name, ID or description</source>
        <translation>Corresponde ao nome, ID ou descrição do token</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Tokens de API</translation>
    </message>
    <message>
        <source>Token status filter</source>
        <translation>Filtro de status do token</translation>
    </message>
</context>
<context>
    <name>cv::ui::TranslationImportDialog</name>
    <message>
        <source>Upload translations: %1</source>
        <translation>Enviar traduções: %1</translation>
    </message>
    <message>
        <source>Fields of %1 that will change: %2.</source>
        <translation>Campos de %1 que serão alterados: %2.</translation>
    </message>
    <message>
        <source>Left as they are: %1 unchanged, %2 empty (not translated), %3 fuzzy, %4 obsolete.</source>
        <translation>Deixados como estão: %1 inalterados, %2 vazios (não traduzidos), %3 aproximados, %4 obsoletos.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>After the upload</source>
        <translation>Após o envio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(not translated)</source>
        <translation>(não traduzido)</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Desatualizada</translation>
    </message>
    <message>
        <source>New translation</source>
        <translation>Nova tradução</translation>
    </message>
    <message>
        <source>The file translated &quot;%1&quot;; the text is now &quot;%2&quot;.</source>
        <translation>O arquivo traduziu &quot;%1&quot;; o texto agora é &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Apply the outdated translation too (its source text changed since)</source>
        <translation>Aplicar também a tradução desatualizada (o texto de origem mudou desde então)</translation>
    </message>
    <message numerus="yes">
        <source>Apply the %n outdated translations too (their source text changed since)</source>
        <translation>
            <numerusform>Aplicar também a %n tradução desatualizada (o texto de origem mudou desde então)</numerusform>
            <numerusform>Aplicar também as %n traduções desatualizadas (o texto de origem delas mudou desde então)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::TrayController</name>
    <message>
        <source>Open Connect Vendor Desktop</source>
        <translation>Abrir o Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Pause sync</source>
        <translation>Pausar sincronização</translation>
    </message>
    <message>
        <source>Resume sync</source>
        <translation>Retomar sincronização</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>%1: %2 for %3</source>
        <translation>%1: %2 para %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>New pending request</source>
        <translation>Nova solicitação pendente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new pending requests</source>
        <translation>
            <numerusform>%Ln nova solicitação pendente</numerusform>
            <numerusform>%Ln novas solicitações pendentes</numerusform>
        </translation>
    </message>
    <message>
        <source>New conflict</source>
        <translation>Novo conflito</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflicts</source>
        <translation>
            <numerusform>%n novo conflito</numerusform>
            <numerusform>%n novos conflitos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the same fields were changed here and on Connect. Open the window to choose what to keep.</source>
        <translation>%1: os mesmos campos foram alterados aqui e no Connect. Abra a janela para escolher o que manter.</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Sincronização interrompida</translation>
    </message>
    <message>
        <source>The offline data of %1 could not be written: %2</source>
        <translation>Não foi possível gravar os dados offline de %1: %2</translation>
    </message>
    <message>
        <source>Sync needs you</source>
        <translation>A sincronização precisa de você</translation>
    </message>
    <message>
        <source>Connect refused the API key of %1. Sign in again with a valid key.</source>
        <translation>O Connect recusou a chave de API de %1. Entre novamente com uma chave válida.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Publish finished</source>
        <translation>Publicação concluída</translation>
    </message>
    <message>
        <source>Version %1 of %2 is published.</source>
        <translation>A versão %1 de %2 foi publicada.</translation>
    </message>
    <message>
        <source>Connect Vendor Desktop: 1 pending request</source>
        <translation>Connect Vendor Desktop: 1 solicitação pendente</translation>
    </message>
    <message numerus="yes">
        <source>Connect Vendor Desktop: %Ln pending requests</source>
        <translation>
            <numerusform>Connect Vendor Desktop: %Ln solicitação pendente</numerusform>
            <numerusform>Connect Vendor Desktop: %Ln solicitações pendentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect Vendor Desktop: no pending requests</source>
        <translation>Connect Vendor Desktop: nenhuma solicitação pendente</translation>
    </message>
    <message>
        <source>%1 (sync paused)</source>
        <translation>%1 (sincronização pausada)</translation>
    </message>
</context>
<context>
    <name>cv::ui::UiPage</name>
    <message>
        <source>Customer UI</source>
        <translation>Interface do cliente</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Serviço</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Ações</translation>
    </message>
    <message>
        <source>&amp;Localization</source>
        <translation>&amp;Localização</translation>
    </message>
</context>
<context>
    <name>cv::ui::UndoToast</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Bring it back (Ctrl+Z)</source>
        <translation>Restaurar (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>cv::ui::UploadCheckDialog</name>
    <message>
        <source>Usage file not uploaded</source>
        <translation>Arquivo de uso não enviado</translation>
    </message>
    <message>
        <source>%1 cannot be uploaded: %2. Nothing was sent.</source>
        <translation>%1 não pode ser enviado: %2. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Planilha</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>1 problem in %1; nothing was sent. Correct it in the spreadsheet and upload it again. Click the problem to see its cell.</source>
        <translation>1 problema em %1; nada foi enviado. Corrija-o na planilha e envie-a novamente. Clique no problema para ver a célula dele.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems in %1; nothing was sent. Correct them in the spreadsheet and upload it again. Click a problem to see its cell.</source>
        <translation>
            <numerusform>%n problema em %1; nada foi enviado. Corrija-o na planilha e envie-a novamente. Clique no problema para ver a célula dele.</numerusform>
            <numerusform>%n problemas em %1; nada foi enviado. Corrija-os na planilha e envie-a novamente. Clique em um problema para ver a célula dele.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::UsageFilePage</name>
    <message>
        <source>← Usage files</source>
        <translation>← Arquivos de uso</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Baixar modelo…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Início (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Fim (UTC)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 · waiting for sync</source>
        <translation>%1 · aguardando sincronização</translation>
    </message>
    <message>
        <source>%1 · product %2 (%3) · marketplace %4 · contract %5
Period %6 to %7 (UTC) · schema %8 · currency %9 · records: %10 valid, %11 invalid, %12 closed</source>
        <translation>%1 · produto %2 (%3) · marketplace %4 · contrato %5
Período de %6 a %7 (UTC) · esquema %8 · moeda %9 · registros: %10 válidos, %11 inválidos, %12 fechados</translation>
    </message>
    <message>
        <source>Acceptance note: %1</source>
        <translation>Observação de aceitação: %1</translation>
    </message>
    <message>
        <source>Rejection note: %1</source>
        <translation>Observação de rejeição: %1</translation>
    </message>
    <message>
        <source>Connect found problems in the upload:
%1</source>
        <translation>O Connect encontrou problemas no envio:
%1</translation>
    </message>
    <message>
        <source>Usage records</source>
        <translation>Registros de uso</translation>
    </message>
</context>
<context>
    <name>cv::ui::UsagePage</name>
    <message>
        <source>No account is open.</source>
        <translation>Nenhuma conta está aberta.</translation>
    </message>
    <message>
        <source>The template could not be made: %1</source>
        <translation>Não foi possível criar o modelo: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a usage file (%2 MB).</source>
        <translation>%1 é grande demais para um arquivo de uso (%2 MB).</translation>
    </message>
    <message>
        <source>The upload was not queued: %1</source>
        <translation>O envio não foi colocado na fila: %1</translation>
    </message>
    <message>
        <source>Save usage template</source>
        <translation>Salvar modelo de uso</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Usage template</source>
        <translation>Modelo de uso</translation>
    </message>
    <message>
        <source>Upload usage file</source>
        <translation>Enviar arquivo de uso</translation>
    </message>
    <message>
        <source>Why is the usage rejected? (required)</source>
        <translation>Por que o uso foi rejeitado? (obrigatório)</translation>
    </message>
    <message>
        <source>Acceptance note (optional):</source>
        <translation>Observação de aceitação (opcional):</translation>
    </message>
    <message>
        <source>Usage file</source>
        <translation>Arquivo de uso</translation>
    </message>
    <message>
        <source>Search by name, product, marketplace or id</source>
        <translation>Pesquisar por nome, produto, marketplace ou ID</translation>
    </message>
    <message>
        <source>Create usage file…</source>
        <translation>Criar arquivo de uso…</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Baixar modelo…</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Enviar arquivo…</translation>
    </message>
    <message>
        <source>Select a file to download its template or upload its filled spreadsheet; open it for its records and actions.</source>
        <translation>Selecione um arquivo para baixar o modelo ou enviar a planilha preenchida; abra-o para ver os registros e as ações.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Search usage files</source>
        <translation>Pesquisar arquivos de uso</translation>
    </message>
    <message>
        <source>Matches the file&apos;s name, product, marketplace or ID</source>
        <translation>Corresponde ao nome, produto, marketplace ou ID do arquivo</translation>
    </message>
    <message>
        <source>Usage files</source>
        <translation>Arquivos de uso</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de status</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Modelo salvo em %1.</translation>
    </message>
</context>
<context>
    <name>cv::ui::VerifierView</name>
    <message>
        <source>Could not reach Connect to read the secret; paste it instead.</source>
        <translation>Não foi possível acessar o Connect para ler o segredo; cole-o.</translation>
    </message>
    <message>
        <source>Secret read from Connect.</source>
        <translation>Segredo lido do Connect.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Declarações</translation>
    </message>
    <message>
        <source>Paste a call Connect made to your handler: the header lines (at least Authorization), a blank line, then the body. The check uses the webhook&apos;s secret: its Bearer token must be signed with it (JWT, HS256), not expired, and carry the same values as the body.</source>
        <translation>Cole uma chamada que o Connect fez ao seu manipulador: as linhas de cabeçalho (pelo menos Authorization), uma linha em branco e depois o corpo. A verificação usa o segredo do webhook: o token Bearer deve estar assinado com ele (JWT, HS256), não expirado e com os mesmos valores do corpo.</translation>
    </message>
    <message>
        <source>Webhook and its secret</source>
        <translation>Webhook e seu segredo</translation>
    </message>
    <message>
        <source>JWT secret (read it from Connect or paste it)</source>
        <translation>Segredo JWT (leia do Connect ou cole)</translation>
    </message>
    <message>
        <source>Read from Connect</source>
        <translation>Ler do Connect</translation>
    </message>
    <message>
        <source>Received call</source>
        <translation>Chamada recebida</translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation>Token decodificado</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Segredo do webhook</translation>
    </message>
    <message>
        <source>The JWT secret the webhook&apos;s calls are signed with</source>
        <translation>O segredo JWT com o qual as chamadas do webhook são assinadas</translation>
    </message>
</context>
<context>
    <name>cv::ui::WebhookWizard</name>
    <message>
        <source>Copied. Paste it into your handler&apos;s configuration: it verifies each call with it.</source>
        <translation>Copiado. Cole-o na configuração do seu manipulador: ele verifica cada chamada com ele.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Name the webhook after what it does, so the team recognises it in the list.</source>
        <translation>Dê ao webhook um nome que descreva o que ele faz, para que a equipe o reconheça na lista.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Connect calls your URL when objects of this class change for this product.</source>
        <translation>O Connect chama sua URL quando objetos desta classe mudam para este produto.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Gatilho</translation>
    </message>
    <message>
        <source>External URL</source>
        <translation>URL externa</translation>
    </message>
    <message>
        <source>JWT secret</source>
        <translation>Segredo JWT</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Cabeçalhos extras</translation>
    </message>
    <message>
        <source>One &quot;Name: value&quot; per line, added to every call.</source>
        <translation>Um &quot;Nome: valor&quot; por linha, adicionado a cada chamada.</translation>
    </message>
    <message>
        <source>kept as Connect holds it</source>
        <translation>mantido como está no Connect</translation>
    </message>
    <message>
        <source>(copy it in step 3)</source>
        <translation>(copie-o na etapa 3)</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Editar webhook</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Novo webhook</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Etapa %1 de %2: %3</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Create webhook</source>
        <translation>Criar webhook</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Novo segredo</translation>
    </message>
    <message>
        <source>Connect keeps this webhook&apos;s secret. Select the webhook and use &quot;Copy secret&quot; to read it.</source>
        <translation>O Connect guarda o segredo deste webhook. Selecione o webhook e use &quot;Copiar segredo&quot; para lê-lo.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>Connect signs each call with this secret (JWT, HS256). Copy it now into your handler; the app does not write it anywhere.</source>
        <translation>O Connect assina cada chamada com este segredo (JWT, HS256). Copie-o agora para o seu manipulador; o aplicativo não o grava em lugar nenhum.</translation>
    </message>
    <message>
        <source>Save keeps the changes here at once; the next sync sends them to Connect.</source>
        <translation>Salvar mantém as alterações aqui na hora; a próxima sincronização as envia ao Connect.</translation>
    </message>
    <message>
        <source>Create webhook saves it here at once; the next sync creates it on Connect.</source>
        <translation>Criar webhook o salva aqui na hora; a próxima sincronização o cria no Connect.</translation>
    </message>
</context>
<context>
    <name>cv::ui::WebhooksView</name>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>The webhook could not be saved in the offline cache, so nothing was changed: %1</source>
        <translation>Não foi possível salvar o webhook no cache offline, então nada foi alterado: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Não foi possível salvar a alteração: %1</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Excluir webhook</translation>
    </message>
    <message>
        <source>Delete the webhook &quot;%1&quot;? Connect stops calling %2.</source>
        <translation>Excluir o webhook &quot;%1&quot;? O Connect deixará de chamar %2.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>This webhook is not on Connect yet: sync first, then send the test.</source>
        <translation>Este webhook ainda não está no Connect: sincronize primeiro e depois envie o teste.</translation>
    </message>
    <message>
        <source>Sending the test…</source>
        <translation>Enviando o teste…</translation>
    </message>
    <message>
        <source>Test refused at %1 UTC. %2</source>
        <translation>Teste recusado às %1 UTC. %2</translation>
    </message>
    <message>
        <source>Could not reach Connect at %1 UTC: the test needs a connection. (%2)</source>
        <translation>Não foi possível acessar o Connect às %1 UTC: o teste precisa de conexão. (%2)</translation>
    </message>
    <message>
        <source>Test sent at %1 UTC. Connect answered %2 after %3 ms and calls %4 now.</source>
        <translation>Teste enviado às %1 UTC. O Connect respondeu %2 após %3 ms e agora chama %4.</translation>
    </message>
    <message>
        <source>No answer from your handler recorded yet.</source>
        <translation>Nenhuma resposta do seu manipulador registrada ainda.</translation>
    </message>
    <message>
        <source>Your handler answered %1 at %2 UTC (%3 ms).</source>
        <translation>Seu manipulador respondeu %1 às %2 UTC (%3 ms).</translation>
    </message>
    <message>
        <source>The call failed at %1 UTC: %2 %3</source>
        <translation>A chamada falhou às %1 UTC: %2 %3</translation>
    </message>
    <message>
        <source>Secret copied (%1). It goes to Connect with the next sync.</source>
        <translation>Segredo copiado (%1). Ele vai para o Connect na próxima sincronização.</translation>
    </message>
    <message>
        <source>Connect makes this webhook&apos;s secret when the webhook reaches it: sync first.</source>
        <translation>O Connect cria o segredo deste webhook quando o webhook chega a ele: sincronize primeiro.</translation>
    </message>
    <message>
        <source>Could not read the secret from Connect: %1</source>
        <translation>Não foi possível ler o segredo do Connect: %1</translation>
    </message>
    <message>
        <source>Secret copied (%1). Connect keeps it; this app does not write it anywhere.</source>
        <translation>Segredo copiado (%1). O Connect o guarda; este aplicativo não o grava em lugar nenhum.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>Waiting for sync: this webhook&apos;s change is saved here and goes to Connect with the next sync.</source>
        <translation>Aguardando sincronização: a alteração deste webhook foi salva aqui e vai para o Connect na próxima sincronização.</translation>
    </message>
    <message>
        <source>Select a webhook to see where Connect sends it, test it, or copy its secret.</source>
        <translation>Selecione um webhook para ver para onde o Connect o envia, testá-lo ou copiar seu segredo.</translation>
    </message>
    <message>
        <source>new, not on Connect yet</source>
        <translation>novo, ainda não está no Connect</translation>
    </message>
    <message>
        <source>Search by label, product, URL…</source>
        <translation>Pesquisar por rótulo, produto, URL…</translation>
    </message>
    <message>
        <source>Enabled and disabled</source>
        <translation>Ativados e desativados</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ativado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Novo webhook</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Enviar teste</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Copiar segredo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Gatilho</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Última chamada</translation>
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
        <translation>falhou</translation>
    </message>
    <message>
        <source>The call failed at %1 UTC: no answer. %2</source>
        <translation>A chamada falhou às %1 UTC: sem resposta. %2</translation>
    </message>
    <message>
        <source>Could not read the secret from Connect: there is no connection.</source>
        <translation>Não foi possível ler o segredo do Connect: não há conexão.</translation>
    </message>
    <message>
        <source>1 call, %1 failed</source>
        <translation>1 chamada, %1 com falha</translation>
    </message>
    <message numerus="yes">
        <source>%n calls, %1 failed</source>
        <extracomment>How often Connect called the webhook; %1 is how many of those failed.</extracomment>
        <translation>
            <numerusform>%n chamada, %1 com falha</numerusform>
            <numerusform>%n chamadas, %1 com falha</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · calls %2 · %3</source>
        <extracomment>%1 is the webhook&apos;s ID (or &quot;new, not on Connect yet&quot;), %2 the URL Connect calls, %3 the call counts.</extracomment>
        <translation>%1 · chamadas %2 · %3</translation>
    </message>
    <message>
        <source>Search webhooks</source>
        <translation>Pesquisar webhooks</translation>
    </message>
    <message>
        <source>Matches the webhook&apos;s label, product or URL</source>
        <translation>Corresponde ao rótulo, produto ou URL do webhook</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Webhook status filter</source>
        <translation>Filtro de status do webhook</translation>
    </message>
</context>
<context>
    <name>cv::ui::WordingProxyModel</name>
    <message>
        <source>Changed here; sent to Connect by the next sync</source>
        <translation>Alterado aqui; enviado ao Connect na próxima sincronização</translation>
    </message>
</context>
</TS>
