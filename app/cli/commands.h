#pragma once

#include <QStringList>
#include <QTextStream>
#include <cli/clicontext.h>

namespace cs::cli {

// Runs countersign-cli with the given arguments (without the program name); returns the exit code.
int run(const QStringList& args, QTextStream& out, QTextStream& err);

// One handler per command; the table in commandline.cpp names them. run() has opened the
// workspace the spec asks for before calling one.

// commands.cpp
int initWorkspace(CliContext& ctx);

// admincommands.cpp
int userAdd(CliContext& ctx);
int userList(CliContext& ctx);
int userGrant(CliContext& ctx);
int userRevoke(CliContext& ctx);
int userEdit(CliContext& ctx);
int userDisable(CliContext& ctx);
int userEnable(CliContext& ctx);
int userRemove(CliContext& ctx);
int groupAdd(CliContext& ctx);
int groupList(CliContext& ctx);
int groupAddMember(CliContext& ctx);
int groupRemoveMember(CliContext& ctx);
int targetAdd(CliContext& ctx);
int targetList(CliContext& ctx);
int targetEdit(CliContext& ctx);
int targetRemove(CliContext& ctx);
int actionImport(CliContext& ctx);
int actionList(CliContext& ctx);
int actionShow(CliContext& ctx);

// workflowcommands.cpp (issue 19)
int workflowImport(CliContext& ctx);
int workflowList(CliContext& ctx);
int workflowShow(CliContext& ctx);
int workflowArchive(CliContext& ctx);

// serviceaccountcommands.cpp (issue 17)
int serviceAccountAdd(CliContext& ctx);
int serviceAccountList(CliContext& ctx);
int serviceAccountToken(CliContext& ctx);
int serviceAccountRevokeToken(CliContext& ctx);
int serviceAccountDisable(CliContext& ctx);
int auditLog(CliContext& ctx);

// auditcommands.cpp
int auditVerify(CliContext& ctx);
int auditCheckpoint(CliContext& ctx);
int auditKeyAdd(CliContext& ctx);

// evidencecommands.cpp
int evidenceExport(CliContext& ctx);
int auditExport(CliContext& ctx);

// directorycommands.cpp
int directoryConfigure(CliContext& ctx);
int directoryShow(CliContext& ctx);
int directorySync(CliContext& ctx);

// requestcommands.cpp
int requestApproval(CliContext& ctx);
int runDirect(CliContext& ctx);
int listRequests(CliContext& ctx);
// Time-bound access (grantcommands.cpp).
Status readGrantOptions(const CommandLine& line, SubmitInput& input);
int listActive(CliContext& ctx);
int revokeGrant(CliContext& ctx);
int reviewList(CliContext& ctx);
int reviewKeep(CliContext& ctx);
int reviewRevoke(CliContext& ctx);
// Access reviews as campaigns (reviewcommands.cpp).
int reviewStart(CliContext& ctx);
int reviewCampaignList(CliContext& ctx);
int reviewShow(CliContext& ctx);
int reviewDecide(CliContext& ctx);
int reviewClose(CliContext& ctx);
int reviewReport(CliContext& ctx);
int showRequest(CliContext& ctx);
int approveRequest(CliContext& ctx);
int rejectRequest(CliContext& ctx);
int requestFeedback(CliContext& ctx); // feedbackcommands.cpp
int cancelRequest(CliContext& ctx);
int expireRequests(CliContext& ctx);

// agentcommands.cpp
int agentLogin(CliContext& ctx);
int executeRequest(CliContext& ctx);

// notifycommands.cpp
int notifyPrefs(CliContext& ctx);
int notifySet(CliContext& ctx);
int notifyWebhookAdd(CliContext& ctx);
int notifyWebhookList(CliContext& ctx);
int notifyWebhookEnable(CliContext& ctx);
int notifyWebhookTest(CliContext& ctx);
int notifyOutbox(CliContext& ctx);

// approvalwebhookcommands.cpp (issue 17)
int webhookAdd(CliContext& ctx);
int webhookList(CliContext& ctx);
int webhookEnable(CliContext& ctx);
int webhookDisable(CliContext& ctx);
int webhookTest(CliContext& ctx);

// delegatecommands.cpp
int delegateAdd(CliContext& ctx);
int delegateList(CliContext& ctx);
int delegateEnd(CliContext& ctx);

// postgrescommands.cpp
int databaseLogin(CliContext& ctx);
int setupPostgres(CliContext& ctx);

} // namespace cs::cli
