#include <QStringList>
#include <core/common/coretext.h>
#include <core/storage/postgressetup.h>

namespace cs::PostgresSetup {
namespace {

const QStringList& readable()
{
    static const QStringList tables { QStringLiteral("users"),
                                      QStringLiteral("user_roles"),
                                      QStringLiteral("user_groups"),
                                      QStringLiteral("group_members"),
                                      QStringLiteral("targets"),
                                      QStringLiteral("actions"),
                                      QStringLiteral("action_versions"),
                                      QStringLiteral("action_policies"),
                                      QStringLiteral("requests"),
                                      QStringLiteral("decisions"),
                                      QStringLiteral("audit_log"),
                                      QStringLiteral("audit_chains"),
                                      QStringLiteral("executions"),
                                      QStringLiteral("dispatch_attempts"),
                                      QStringLiteral("schema_migrations"),
                                      QStringLiteral("request_audience"),
                                      QStringLiteral("audit_keys"),
                                      QStringLiteral("audit_checkpoint_heads") };
    return tables;
}

const QString kAdminTables = QStringLiteral(
    "users, user_roles, user_groups, group_members, targets, actions, action_versions, action_policies");

// Everything below is PostgreSQL-only DDL: idempotent, so setup can run again after an upgrade.
QStringList statements()
{
    QStringList s;
    for (const char* role :
         { "countersign_people", "countersign_admins", "countersign_auditors", "countersign_agents" })
        s << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE "
                            "%1 NOLOGIN; END IF; END $$")
                 .arg(QLatin1String(role));
    s << QStringLiteral("GRANT countersign_people TO countersign_admins, countersign_auditors")
      // Agents are not people: they read what running needs and record runs, nothing else.
      << QStringLiteral("DO $$ BEGIN IF pg_has_role('countersign_agents', 'countersign_people', 'member') THEN "
                        "REVOKE countersign_people FROM countersign_agents; END IF; END $$")
      << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC")
      << QStringLiteral("GRANT USAGE ON SCHEMA public TO countersign_people")
      << QStringLiteral("GRANT SELECT ON %1 TO countersign_people").arg(readable().join(QStringLiteral(", ")))
      << QStringLiteral(
             "GRANT INSERT ON requests, decisions, audit_log, request_secrets, dispatch_attempts TO countersign_people")
      << QStringLiteral("GRANT DELETE ON dispatch_attempts TO countersign_people")
      // Whoever ends a request without a run (reject, cancel, expire) deletes its secrets; the id
      // column alone is readable, for the DELETE's WHERE, and only on requests that have ended.
      << QStringLiteral("GRANT SELECT (request_id), DELETE ON request_secrets TO countersign_people")
      << QStringLiteral("GRANT INSERT ON request_audience TO countersign_people")
      // Workflows (issue 19): everyone resolves them at submit; only admins write them.
      << QStringLiteral("GRANT SELECT ON workflows, workflow_revisions TO countersign_people")
      << QStringLiteral("GRANT INSERT, UPDATE ON workflows TO countersign_admins")
      << QStringLiteral("GRANT INSERT ON workflow_revisions TO countersign_admins")
      // Only the moving parts of a request can change; what was approved cannot.
      << QStringLiteral("GRANT UPDATE (state, phase, updated_at) ON requests TO countersign_people")
      << QStringLiteral("GRANT INSERT, UPDATE (seq, hash) ON audit_chains TO countersign_people")
      << QStringLiteral("GRANT USAGE ON SEQUENCE audit_log_seq TO countersign_people")
      // Checkpoints: anyone who may write the log may record one (it is signed); keys are the admins'.
      << QStringLiteral("REVOKE INSERT ON audit_checkpoint_heads FROM countersign_people")
      << QStringLiteral("GRANT INSERT ON audit_checkpoint_heads TO countersign_admins, countersign_auditors, "
                        "countersign_agents")
      << QStringLiteral("GRANT INSERT, UPDATE (valid_until) ON audit_keys TO countersign_admins")
      << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO countersign_admins").arg(kAdminTables)
      // The directory source (server, bind DN, mapping) is for admins only: not in readable().
      << QStringLiteral("GRANT SELECT, INSERT, UPDATE ON directory_source TO countersign_admins")
      // The agent service reads when a sync is due (the source holds no password); syncing writes
      // people and groups, which only an admin's role may.
      << QStringLiteral("GRANT SELECT ON directory_source TO countersign_agents")
      << QStringLiteral("GRANT USAGE ON SCHEMA public TO countersign_agents")
      << QStringLiteral("GRANT SELECT ON %1 TO countersign_agents").arg(readable().join(QStringLiteral(", ")))
      << QStringLiteral("GRANT SELECT, DELETE ON request_secrets TO countersign_agents")
      << QStringLiteral("GRANT INSERT, UPDATE ON executions TO countersign_agents")
      << QStringLiteral("GRANT UPDATE (state, phase, updated_at) ON requests TO countersign_agents")
      << QStringLiteral("GRANT INSERT ON audit_log TO countersign_agents")
      << QStringLiteral("GRANT INSERT, UPDATE (seq, hash) ON audit_chains TO countersign_agents")
      << QStringLiteral("GRANT USAGE ON SEQUENCE audit_log_seq TO countersign_agents");

    // Feedback: everyone reads it; a person writes only their own, on a request they may read
    // (its requester, a decider, an admin or auditor, or named by its audience) -- core's rule.
    s << QStringLiteral("GRANT SELECT ON request_feedback, request_feedback_versions TO countersign_people, "
                        "countersign_agents")
      << QStringLiteral("GRANT INSERT, UPDATE (vote, comment, updated_at) ON request_feedback TO countersign_people")
      << QStringLiteral("GRANT INSERT, DELETE ON request_feedback_versions TO countersign_people")
      << QStringLiteral(R"SQL(
CREATE OR REPLACE FUNCTION countersign_may_read_request(rid BIGINT) RETURNS boolean LANGUAGE sql STABLE AS $$
  -- "me": this person and everyone whose approvals they hold (a delegation not ended; its time window
  -- is the application's clock, so reading follows the delegation, deciding is checked by core).
  WITH me(login) AS (
    SELECT current_user::text
    UNION SELECT d.delegator FROM delegations d WHERE d.delegate = current_user AND d.ended_at IS NULL)
  SELECT EXISTS (SELECT 1 FROM requests WHERE id = rid AND (requester = current_user OR behalf_of = current_user))
      OR EXISTS (SELECT 1 FROM decisions WHERE request_id = rid
                 AND (approver IN (SELECT login FROM me) OR decided_by = current_user))
      OR EXISTS (SELECT 1 FROM user_roles WHERE login = current_user AND role IN ('admin', 'auditor'))
      OR EXISTS (SELECT 1 FROM request_audience a WHERE a.request_id = rid AND (
             (a.kind = 'user' AND a.value IN (SELECT login FROM me))
          OR (a.kind = 'role' AND a.value IN (SELECT role FROM user_roles WHERE login IN (SELECT login FROM me)))
          OR (a.kind = 'group' AND a.value IN (SELECT group_name FROM group_members
                                               WHERE login IN (SELECT login FROM me)))))
$$)SQL")
      << QStringLiteral("ALTER TABLE request_feedback ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("DROP POLICY IF EXISTS feedback_read ON request_feedback")
      << QStringLiteral("CREATE POLICY feedback_read ON request_feedback FOR SELECT USING (true)")
      << QStringLiteral("DROP POLICY IF EXISTS feedback_own ON request_feedback")
      << QStringLiteral("CREATE POLICY feedback_own ON request_feedback FOR INSERT TO countersign_people WITH CHECK "
                        "(login = current_user AND countersign_may_read_request(request_id))")
      << QStringLiteral("DROP POLICY IF EXISTS feedback_edit ON request_feedback")
      << QStringLiteral("CREATE POLICY feedback_edit ON request_feedback FOR UPDATE TO countersign_people USING "
                        "(login = current_user) WITH CHECK (login = current_user)")
      << QStringLiteral("ALTER TABLE request_feedback_versions ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("DROP POLICY IF EXISTS feedback_versions_read ON request_feedback_versions")
      << QStringLiteral("CREATE POLICY feedback_versions_read ON request_feedback_versions FOR SELECT USING (true)")
      << QStringLiteral("DROP POLICY IF EXISTS feedback_versions_own ON request_feedback_versions")
      << QStringLiteral("CREATE POLICY feedback_versions_own ON request_feedback_versions FOR INSERT TO "
                        "countersign_people WITH CHECK (login = current_user)")
      << QStringLiteral("DROP POLICY IF EXISTS feedback_versions_trim ON request_feedback_versions")
      << QStringLiteral("CREATE POLICY feedback_versions_trim ON request_feedback_versions FOR DELETE TO "
                        "countersign_people USING (login = current_user)");
    // Saved filters (issue 20, migration 19): a person's own, read and written by them alone.
    s << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON saved_filters TO countersign_people")
      << QStringLiteral("ALTER TABLE saved_filters ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("DROP POLICY IF EXISTS saved_filters_own ON saved_filters")
      << QStringLiteral("CREATE POLICY saved_filters_own ON saved_filters FOR ALL TO countersign_people USING "
                        "(login = current_user) WITH CHECK (login = current_user)");
    // Reminders, escalations and timeout outcomes (issue 16, migration 12): the agents' schedule claims
    // each alert once in phase_alerts and may widen a pending phase to a fallback group. Only the agents:
    // the columns are outside the digest, so a person able to write them could name their own approvers
    // (a late decision that meets an "escalate" timeout leaves it to the agents' schedule).
    s << QStringLiteral("GRANT SELECT, INSERT ON phase_alerts TO countersign_agents")
      << QStringLiteral("GRANT SELECT ON phase_alerts TO countersign_admins, countersign_auditors")
      << QStringLiteral("REVOKE UPDATE (escalations, deadline_extended) ON requests FROM countersign_people")
      << QStringLiteral("GRANT UPDATE (escalations, deadline_extended) ON requests TO countersign_agents")
      << QStringLiteral("GRANT INSERT ON request_audience TO countersign_agents")
      << QStringLiteral("DROP POLICY IF EXISTS audience_agents ON request_audience")
      << QStringLiteral("CREATE POLICY audience_agents ON request_audience FOR INSERT TO countersign_agents "
                        "WITH CHECK (true)")
      << QStringLiteral("DROP POLICY IF EXISTS audience_timeout ON request_audience");

    // Notifications: whoever causes an event writes its outbox rows and reads everyone's
    // preferences (to choose recipients); people change only their own preferences, admins the
    // defaults and the webhooks; the agents' sender claims, delivers and reroutes.
    s << QStringLiteral("GRANT INSERT ON notify_outbox, notify_events TO countersign_people")
      << QStringLiteral("GRANT SELECT ON notify_events TO countersign_admins, countersign_auditors")
      // Agents write events too (a run's end owes its requester a notice), and expand them.
      << QStringLiteral("GRANT SELECT, INSERT, UPDATE ON notify_events TO countersign_agents")
      << QStringLiteral("GRANT SELECT ON notify_outbox, notify_webhooks TO countersign_admins, countersign_auditors")
      << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON notify_preferences TO countersign_people")
      << QStringLiteral("GRANT INSERT, UPDATE ON notify_webhooks TO countersign_admins")
      // Whether webhooks exist, not where they point (an incoming-webhook address is a secret).
      << QStringLiteral("GRANT SELECT (name) ON notify_webhooks TO countersign_people")
      << QStringLiteral("GRANT SELECT, INSERT, UPDATE ON notify_outbox TO countersign_agents")
      << QStringLiteral("GRANT SELECT ON notify_preferences TO countersign_agents")
      << QStringLiteral("GRANT SELECT, UPDATE ON notify_webhooks TO countersign_agents")
      // Approval webhooks (issue 17): admins register them; the agents' sender calls them, keeps the
      // reply tokens (hashes) and records a webhook's decision as "webhook:NAME" -- that and nothing
      // broader: a decision row only for a webhook whose token for that request and phase was just used,
      // audit entries only under a webhook's name and only of what a decision writes.
      << QStringLiteral("GRANT SELECT ON approval_webhooks TO countersign_admins, countersign_auditors")
      << QStringLiteral("GRANT INSERT, UPDATE ON approval_webhooks TO countersign_admins")
      << QStringLiteral("GRANT SELECT, UPDATE (enabled, failures, last_error, disabled_by) ON approval_webhooks TO "
                        "countersign_agents")
      << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON approval_webhook_tokens TO countersign_agents")
      << QStringLiteral("GRANT INSERT ON decisions TO countersign_agents")
      << QStringLiteral("DROP POLICY IF EXISTS decisions_webhook ON decisions")
      << QStringLiteral("CREATE POLICY decisions_webhook ON decisions FOR INSERT TO countersign_agents WITH CHECK "
                        "(decided_by = '' AND EXISTS (SELECT 1 FROM approval_webhook_tokens t WHERE t.request_id = "
                        "decisions.request_id AND t.phase = decisions.phase AND 'webhook:' || t.webhook = "
                        "decisions.approver AND t.used_at > 0))")
      << QStringLiteral("DROP POLICY IF EXISTS audit_webhook ON audit_log")
      << QStringLiteral("CREATE POLICY audit_webhook ON audit_log FOR INSERT TO countersign_agents WITH CHECK "
                        "((actor LIKE 'webhook:%' OR actor = 'webhook') AND event IN ('decision.approved', "
                        "'decision.rejected', 'request.phase_completed', 'request.approved', 'request.rejected', "
                        "'approval_webhook.reply_refused'))")
      << QStringLiteral("ALTER TABLE notify_preferences ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("DROP POLICY IF EXISTS preferences_read ON notify_preferences")
      << QStringLiteral("CREATE POLICY preferences_read ON notify_preferences FOR SELECT USING (true)")
      << QStringLiteral("DROP POLICY IF EXISTS preferences_own ON notify_preferences")
      << QStringLiteral("CREATE POLICY preferences_own ON notify_preferences FOR ALL TO countersign_people "
                        "USING (login = current_user) WITH CHECK (login = current_user)")
      << QStringLiteral("DROP POLICY IF EXISTS preferences_admin ON notify_preferences")
      << QStringLiteral("CREATE POLICY preferences_admin ON notify_preferences FOR ALL TO countersign_admins "
                        "USING (true) WITH CHECK (true)");

    // Delegation: everyone reads them (deciding and the queue need them); a person hands over and
    // ends only their own approvals, an admin anyone's. A delegate's decision is recorded in the
    // delegator's name only while a delegation between them is in force (the period is core's).
    s << QStringLiteral("GRANT SELECT, INSERT ON delegations TO countersign_people")
      << QStringLiteral("GRANT UPDATE (ended_at, ended_by) ON delegations TO countersign_people")
      << QStringLiteral("GRANT SELECT ON delegations TO countersign_agents")
      << QStringLiteral("ALTER TABLE delegations ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("DROP POLICY IF EXISTS delegations_read ON delegations")
      << QStringLiteral("CREATE POLICY delegations_read ON delegations FOR SELECT USING (true)")
      << QStringLiteral("DROP POLICY IF EXISTS delegations_own ON delegations")
      << QStringLiteral("CREATE POLICY delegations_own ON delegations FOR INSERT TO countersign_people "
                        "WITH CHECK (delegator = current_user AND created_by = current_user)")
      << QStringLiteral("DROP POLICY IF EXISTS delegations_end_own ON delegations")
      << QStringLiteral("CREATE POLICY delegations_end_own ON delegations FOR UPDATE TO countersign_people "
                        "USING (delegator = current_user) WITH CHECK (ended_by = current_user)")
      << QStringLiteral("DROP POLICY IF EXISTS delegations_admin ON delegations")
      << QStringLiteral("CREATE POLICY delegations_admin ON delegations FOR ALL TO countersign_admins "
                        "USING (true) WITH CHECK (created_by = current_user OR ended_by = current_user)");
    // Time-bound access (migration 10): the agent that ran a grant activates it (its revocation
    // row, active_until) and runs the revoke; a person entitled to revoke early (checked by core)
    // moves only the revoke's due time and names themselves.
    s << QStringLiteral("GRANT SELECT ON revocations TO countersign_people")
      << QStringLiteral("GRANT UPDATE (due_at, next_attempt_at, early_by, early_comment) ON revocations "
                        "TO countersign_people")
      << QStringLiteral("GRANT SELECT, INSERT, UPDATE ON revocations TO countersign_agents")
      << QStringLiteral("GRANT UPDATE (active_until) ON requests TO countersign_agents")
      // An early revoke ends the grant now: the request says so (core checks who may).
      << QStringLiteral("GRANT UPDATE (active_until) ON requests TO countersign_people")
      // An early revoke only: a waiting revoke of a grant the person asked for, decided or
      // administers, brought forward to about now (never postponed) and signed with their own name.
      << QStringLiteral("ALTER TABLE revocations ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("DROP POLICY IF EXISTS revocations_read ON revocations")
      // A revoke (its errors, an early revoke's comment) is read by those who may read the request.
      << QStringLiteral("CREATE POLICY revocations_read ON revocations FOR SELECT TO countersign_people "
                        "USING (countersign_may_read_request(request_id))")
      << QStringLiteral("DROP POLICY IF EXISTS revocations_agents ON revocations")
      << QStringLiteral("CREATE POLICY revocations_agents ON revocations FOR ALL TO countersign_agents "
                        "USING (true) WITH CHECK (true)")
      << QStringLiteral("DROP POLICY IF EXISTS revocations_early ON revocations") << QStringLiteral(R"SQL(
CREATE POLICY revocations_early ON revocations FOR UPDATE TO countersign_people
  USING (state = 'waiting' AND early_by = '' AND (
         EXISTS (SELECT 1 FROM requests r WHERE r.id = revocations.request_id AND r.requester = current_user)
      OR EXISTS (SELECT 1 FROM decisions d WHERE d.request_id = revocations.request_id
                 AND (d.approver = current_user OR d.decided_by = current_user))
      OR EXISTS (SELECT 1 FROM user_roles WHERE login = current_user AND role = 'admin')))
  WITH CHECK (state = 'waiting' AND early_by = current_user
      AND due_at <= (extract(epoch FROM clock_timestamp()) * 1000)::bigint + 300000
      AND next_attempt_at <= due_at))SQL");

    // Access reviews (migration 18): a reviewer records their own decision on an active grant they
    // administer or approved; read by those who may read the request.
    s << QStringLiteral("GRANT SELECT, INSERT ON grant_reviews TO countersign_people")
      << QStringLiteral("GRANT SELECT ON grant_reviews TO countersign_agents")
      << QStringLiteral("ALTER TABLE grant_reviews ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("DROP POLICY IF EXISTS grant_reviews_read ON grant_reviews")
      << QStringLiteral("CREATE POLICY grant_reviews_read ON grant_reviews FOR SELECT "
                        "USING (countersign_may_read_request(request_id))")
      << QStringLiteral("DROP POLICY IF EXISTS grant_reviews_own ON grant_reviews")
      // As core's AccessReview: an admin, or someone who approved the grant, on an active grant.
      << QStringLiteral(R"SQL(
CREATE POLICY grant_reviews_own ON grant_reviews FOR INSERT TO countersign_people
  WITH CHECK (reviewer = current_user
      AND EXISTS (SELECT 1 FROM requests r WHERE r.id = grant_reviews.request_id AND r.state = 'active')
      AND (EXISTS (SELECT 1 FROM user_roles WHERE login = current_user AND role = 'admin')
           OR EXISTS (SELECT 1 FROM decisions d WHERE d.request_id = grant_reviews.request_id
                      AND d.verdict = 'approve' AND (d.approver = current_user OR d.decided_by = current_user)))))SQL");

    // Access reviews as campaigns (migration 20): admins and auditors start them in their own name;
    // an assigned reviewer decides only their own rows of an open review; the starter or an admin
    // closes it. Read by the starter, admins, auditors and the review's assigned reviewers. The check
    // is a SECURITY DEFINER function (session_user) so the items' policy need not read its own table.
    s << QStringLiteral("GRANT SELECT ON access_reviews, access_review_items TO countersign_people, "
                        "countersign_agents")
      << QStringLiteral("GRANT INSERT, UPDATE (closed_by, closed_at) ON access_reviews TO countersign_admins, "
                        "countersign_auditors")
      << QStringLiteral("GRANT INSERT ON access_review_items TO countersign_admins, countersign_auditors")
      << QStringLiteral("GRANT UPDATE (decision, comment, decided_at) ON access_review_items TO countersign_people")
      << QStringLiteral(R"SQL(
CREATE OR REPLACE FUNCTION countersign_may_read_review(rid BIGINT) RETURNS boolean LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM access_reviews WHERE id = rid AND started_by = session_user)
      OR EXISTS (SELECT 1 FROM user_roles WHERE login = session_user AND role IN ('admin', 'auditor'))
      OR EXISTS (SELECT 1 FROM access_review_items WHERE review_id = rid AND reviewer = session_user)
$$)SQL")
      << QStringLiteral(R"SQL(
CREATE OR REPLACE FUNCTION countersign_reviews_grant(rid BIGINT) RETURNS boolean LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public AS $$
  -- An open review assigns this request to the person: they may bring its revoke forward.
  SELECT EXISTS (SELECT 1 FROM access_review_items i JOIN access_reviews a ON a.id = i.review_id
                 WHERE i.request_id = rid AND i.reviewer = session_user AND i.decision = '' AND a.closed_at = 0)
$$)SQL")
      << QStringLiteral("ALTER TABLE access_reviews ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("DROP POLICY IF EXISTS access_reviews_read ON access_reviews")
      << QStringLiteral("CREATE POLICY access_reviews_read ON access_reviews FOR SELECT TO countersign_people "
                        "USING (countersign_may_read_review(id))")
      << QStringLiteral("DROP POLICY IF EXISTS access_reviews_agents ON access_reviews")
      << QStringLiteral("CREATE POLICY access_reviews_agents ON access_reviews FOR SELECT TO countersign_agents "
                        "USING (true)")
      << QStringLiteral("DROP POLICY IF EXISTS access_reviews_start ON access_reviews")
      << QStringLiteral("CREATE POLICY access_reviews_start ON access_reviews FOR INSERT TO countersign_admins, "
                        "countersign_auditors WITH CHECK (started_by = current_user AND closed_at = 0)")
      << QStringLiteral("DROP POLICY IF EXISTS access_reviews_close ON access_reviews")
      << QStringLiteral("CREATE POLICY access_reviews_close ON access_reviews FOR UPDATE TO countersign_admins, "
                        "countersign_auditors USING (closed_at = 0 AND (started_by = current_user OR "
                        "pg_has_role(current_user, 'countersign_admins', 'member'))) WITH CHECK (closed_by = "
                        "current_user)")
      << QStringLiteral("ALTER TABLE access_review_items ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("DROP POLICY IF EXISTS access_review_items_read ON access_review_items")
      << QStringLiteral("CREATE POLICY access_review_items_read ON access_review_items FOR SELECT TO "
                        "countersign_people USING (countersign_may_read_review(review_id))")
      << QStringLiteral("DROP POLICY IF EXISTS access_review_items_agents ON access_review_items")
      << QStringLiteral("CREATE POLICY access_review_items_agents ON access_review_items FOR SELECT TO "
                        "countersign_agents USING (true)")
      << QStringLiteral("DROP POLICY IF EXISTS access_review_items_assign ON access_review_items")
      << QStringLiteral("CREATE POLICY access_review_items_assign ON access_review_items FOR INSERT TO "
                        "countersign_admins, countersign_auditors WITH CHECK (decision = '' AND EXISTS (SELECT 1 "
                        "FROM access_reviews a WHERE a.id = review_id AND a.started_by = current_user AND "
                        "a.closed_at = 0))")
      << QStringLiteral("DROP POLICY IF EXISTS access_review_items_decide ON access_review_items")
      << QStringLiteral("CREATE POLICY access_review_items_decide ON access_review_items FOR UPDATE TO "
                        "countersign_people USING (reviewer = current_user AND decision = '' AND EXISTS (SELECT 1 "
                        "FROM access_reviews a WHERE a.id = review_id AND a.closed_at = 0)) WITH CHECK (reviewer = "
                        "current_user AND decision IN ('keep', 'revoke'))")
      // A reviewer assigned a grant in an open review reads its revoke and brings it forward, like
      // an early revoke (the guard on requests then lets them end the grant now).
      << QStringLiteral("DROP POLICY IF EXISTS revocations_review_read ON revocations")
      << QStringLiteral("CREATE POLICY revocations_review_read ON revocations FOR SELECT TO countersign_people "
                        "USING (countersign_reviews_grant(request_id))")
      << QStringLiteral("DROP POLICY IF EXISTS revocations_review ON revocations") << QStringLiteral(R"SQL(
CREATE POLICY revocations_review ON revocations FOR UPDATE TO countersign_people
  USING (state = 'waiting' AND early_by = '' AND countersign_reviews_grant(request_id))
  WITH CHECK (state = 'waiting' AND early_by = current_user
      AND due_at <= (extract(epoch FROM clock_timestamp()) * 1000)::bigint + 300000
      AND next_attempt_at <= due_at))SQL");

    // Row-level security: nobody writes rows in somebody else's name.
    s << QStringLiteral("ALTER TABLE requests ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("DROP POLICY IF EXISTS requests_read ON requests")
      << QStringLiteral("CREATE POLICY requests_read ON requests FOR SELECT USING (true)")
      << QStringLiteral("DROP POLICY IF EXISTS requests_own ON requests")
      << QStringLiteral("CREATE POLICY requests_own ON requests FOR INSERT WITH CHECK (requester = current_user)")
      << QStringLiteral("DROP POLICY IF EXISTS requests_move ON requests")
      << QStringLiteral("CREATE POLICY requests_move ON requests FOR UPDATE USING (true) WITH CHECK (true)")
      << QStringLiteral("ALTER TABLE decisions ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("DROP POLICY IF EXISTS decisions_read ON decisions")
      << QStringLiteral("CREATE POLICY decisions_read ON decisions FOR SELECT USING (true)")
      << QStringLiteral("DROP POLICY IF EXISTS decisions_own ON decisions")
      // People's own votes only: the agents may insert decisions (an approval webhook's), never in their own name.
      << QStringLiteral("CREATE POLICY decisions_own ON decisions FOR INSERT TO countersign_people WITH CHECK "
                        "((approver = current_user AND "
                        "decided_by = '') OR (decided_by = current_user AND EXISTS (SELECT 1 FROM delegations g "
                        "WHERE g.delegator = approver AND g.delegate = current_user AND g.ended_at IS NULL)))")
      << QStringLiteral("ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("DROP POLICY IF EXISTS audit_read ON audit_log")
      << QStringLiteral("CREATE POLICY audit_read ON audit_log FOR SELECT USING (true)")
      << QStringLiteral("DROP POLICY IF EXISTS audit_own ON audit_log")
      // Checkpoints and signing keys are written only by those who may make them (admins, auditors,
      // agents): a plain person's fake checkpoint entry would stand in every later verification.
      << QStringLiteral("CREATE POLICY audit_own ON audit_log FOR INSERT WITH CHECK ((actor = current_user OR actor = "
                        "'agent:' || current_user OR (actor = 'directory-sync' AND "
                        "pg_has_role(current_user, 'countersign_admins', 'member'))) AND (event NOT IN "
                        "('audit.checkpoint', 'audit.key_registered') OR pg_has_role(current_user, "
                        "'countersign_admins', 'member') OR pg_has_role(current_user, 'countersign_auditors', "
                        "'member') OR pg_has_role(current_user, 'countersign_agents', 'member')))")
      << QStringLiteral("ALTER TABLE request_audience ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("DROP POLICY IF EXISTS audience_read ON request_audience")
      << QStringLiteral("CREATE POLICY audience_read ON request_audience FOR SELECT USING (true)")
      << QStringLiteral("DROP POLICY IF EXISTS audience_own ON request_audience")
      << QStringLiteral("CREATE POLICY audience_own ON request_audience FOR INSERT WITH CHECK "
                        "(EXISTS (SELECT 1 FROM requests r WHERE r.id = request_id AND r.requester = current_user))")
      << QStringLiteral("ALTER TABLE request_secrets ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("DROP POLICY IF EXISTS secrets_own ON request_secrets")
      << QStringLiteral("CREATE POLICY secrets_own ON request_secrets FOR INSERT WITH CHECK "
                        "(EXISTS (SELECT 1 FROM requests r WHERE r.id = request_id AND r.requester = current_user))")
      << QStringLiteral("DROP POLICY IF EXISTS secrets_agents ON request_secrets")
      << QStringLiteral("CREATE POLICY secrets_agents ON request_secrets FOR ALL TO countersign_agents USING (true)");
    const QString ended = QStringLiteral("(EXISTS (SELECT 1 FROM requests r WHERE r.id = request_id AND r.state IN "
                                         "('rejected', 'expired', 'cancelled')))");
    s << QStringLiteral("DROP POLICY IF EXISTS secrets_ended ON request_secrets")
      << QStringLiteral("CREATE POLICY secrets_ended ON request_secrets FOR SELECT TO countersign_people USING %1")
             .arg(ended)
      << QStringLiteral("DROP POLICY IF EXISTS secrets_forget ON request_secrets")
      << QStringLiteral("CREATE POLICY secrets_forget ON request_secrets FOR DELETE TO countersign_people USING %1")
             .arg(ended);

    // The state machine's who-may-move-what, checked by the database on every update.
    s << QStringLiteral(R"SQL(
CREATE OR REPLACE FUNCTION countersign_is_owner() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT r.rolsuper OR current_user = (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'requests')
  FROM pg_roles r WHERE r.rolname = current_user
$$)SQL")
      << QStringLiteral(R"SQL(
CREATE OR REPLACE FUNCTION countersign_guard_request() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  me text := current_user;
  now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
BEGIN
  IF countersign_is_owner() THEN
    RETURN NEW;
  END IF;
  IF pg_has_role(me, 'countersign_agents', 'member')
     AND ((OLD.state = 'approved' AND NEW.state IN ('running', 'expired', 'failed'))
          OR (OLD.state = 'running' AND NEW.state IN ('succeeded', 'failed'))
          OR (OLD.state = 'succeeded' AND NEW.state = 'active')
          OR (OLD.state = 'active' AND NEW.state IN ('active', 'revoked'))) THEN
    RETURN NEW;
  END IF;
  IF OLD.state = 'pending' AND NEW.state = 'cancelled' AND OLD.requester = me THEN
    RETURN NEW;
  END IF;
  -- An early revoke ends the grant about now, by the person whose name the revoke now bears
  -- (the revocations policy checked they may); a grant is never stretched this way.
  IF NEW.active_until IS DISTINCT FROM OLD.active_until AND NOT pg_has_role(me, 'countersign_agents', 'member') THEN
    IF OLD.state = 'active' AND NEW.state = 'active' AND NEW.phase = OLD.phase
       AND NEW.active_until <= now_ms + 300000 AND (OLD.active_until = 0 OR NEW.active_until <= OLD.active_until)
       AND EXISTS (SELECT 1 FROM revocations v WHERE v.request_id = OLD.id AND v.early_by = me) THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'Countersign: % may not move request % from % to %.', me, OLD.id, OLD.state, NEW.state
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- Issue 16: who may be added as approvers is the agents' schedule's to change, or the timeout outcome's;
  -- never an approver's (the rules below would otherwise let one who voted widen the phase).
  IF (NEW.escalations IS DISTINCT FROM OLD.escalations OR NEW.deadline_extended IS DISTINCT FROM OLD.deadline_extended)
     AND NOT pg_has_role(me, 'countersign_agents', 'member')
     AND NOT (OLD.state = 'pending' AND NEW.state = 'pending' AND OLD.deadline <= now_ms AND OLD.deadline_extended = 0
              AND (OLD.policy::jsonb -> 'timeout' ->> 'outcome') = 'escalate') THEN
    RAISE EXCEPTION 'Countersign: % may not escalate request %.', me, OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- Issue 16: the agents' schedule escalates a pending phase (state and phase unchanged).
  IF pg_has_role(me, 'countersign_agents', 'member') AND OLD.state = 'pending' AND NEW.state = 'pending'
     AND NEW.phase = OLD.phase THEN
    RETURN NEW;
  END IF;
  -- The policy's timeout outcome, applied by whoever notices the passed deadline: reject, or escalate once.
  IF OLD.state = 'pending' AND OLD.deadline <= now_ms AND OLD.deadline_extended <= now_ms
     AND NEW.state = 'rejected' AND (OLD.policy::jsonb -> 'timeout' ->> 'outcome') = 'reject' THEN
    RETURN NEW;
  END IF;
  IF OLD.state = 'pending' AND OLD.deadline <= now_ms AND OLD.deadline_extended = 0 AND NEW.state = 'pending'
     AND NEW.phase = OLD.phase AND (OLD.policy::jsonb -> 'timeout' ->> 'outcome') = 'escalate' THEN
    RETURN NEW;
  END IF;
  -- Expired at the deadline in force: a timeout escalation's later one when it gave one.
  IF NEW.state = 'expired' AND OLD.state IN ('pending', 'approved') AND GREATEST(OLD.deadline, OLD.deadline_extended) <= now_ms THEN
    RETURN NEW;
  END IF;
  IF OLD.state = 'pending' AND NEW.state IN ('pending', 'approved') AND OLD.requester <> me
     AND EXISTS (SELECT 1 FROM decisions d WHERE d.request_id = OLD.id AND (d.approver = me OR d.decided_by = me)
                 AND d.verdict = 'approve' AND d.phase = OLD.phase) THEN
    RETURN NEW;
  END IF;
  IF OLD.state = 'pending' AND NEW.state = 'rejected'
     AND EXISTS (SELECT 1 FROM decisions d WHERE d.request_id = OLD.id AND (d.approver = me OR d.decided_by = me)
                 AND d.verdict = 'reject') THEN
    RETURN NEW;
  END IF;
  -- Issue 17: the agents record an approval webhook's decision (a decision row "webhook:NAME" in this phase).
  IF pg_has_role(me, 'countersign_agents', 'member') AND OLD.state = 'pending' AND NEW.state IN ('pending', 'approved', 'rejected')
     AND EXISTS (SELECT 1 FROM decisions d WHERE d.request_id = OLD.id AND d.approver LIKE 'webhook:%'
                 AND d.phase = OLD.phase AND (d.verdict = 'approve') = (NEW.state <> 'rejected')) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'Countersign: % may not move request % from % to %.', me, OLD.id, OLD.state, NEW.state
    USING ERRCODE = 'insufficient_privilege';
END
$$)SQL")
      << QStringLiteral("DROP TRIGGER IF EXISTS requests_guard ON requests")
      << QStringLiteral("CREATE TRIGGER requests_guard BEFORE UPDATE ON requests FOR EACH ROW EXECUTE FUNCTION "
                        "countersign_guard_request()")
      << QStringLiteral(R"SQL(
CREATE OR REPLACE FUNCTION countersign_guard_decision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF countersign_is_owner() THEN
    RETURN NEW;
  END IF;
  IF EXISTS (SELECT 1 FROM requests r WHERE r.id = NEW.request_id AND (r.requester = NEW.approver
             OR r.requester = NEW.decided_by OR (r.behalf_of <> '' AND r.behalf_of IN (NEW.approver, NEW.decided_by))
             OR r.state <> 'pending')) THEN
    RAISE EXCEPTION 'Countersign: % may not decide request %.', NEW.approver, NEW.request_id USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- Service accounts (issue 17) only ask; their role is fixed once they are made.
  IF EXISTS (SELECT 1 FROM user_roles ur WHERE ur.login IN (NEW.approver, NEW.decided_by) AND ur.role = 'service') THEN
    RAISE EXCEPTION 'Countersign: % is a service account and never decides.', NEW.approver USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$)SQL")
      << QStringLiteral("DROP TRIGGER IF EXISTS decisions_guard ON decisions")
      << QStringLiteral("CREATE TRIGGER decisions_guard BEFORE INSERT ON decisions FOR EACH ROW EXECUTE FUNCTION "
                        "countersign_guard_decision()");

    // Who may add people and change app roles: admins, a superuser, and the schema owner. The owner
    // must be able to, because README's least-privilege deployment runs setup-postgres as an owner
    // with CREATEROLE (not a superuser) that names the first admin; nobody is an admin yet then.
    // The owner is trusted anyway: it owns every table and could grant itself anything.
    // (session_user, not current_user: these run inside SECURITY DEFINER functions.)
    s << QStringLiteral(R"SQL(
CREATE OR REPLACE FUNCTION countersign_session_administers() RETURNS boolean LANGUAGE sql STABLE
SET search_path = public, pg_temp AS $$
  SELECT pg_has_role(session_user, 'countersign_admins', 'member')
      OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
      OR session_user = (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'requests')
$$)SQL");

    // Which roles the functions below may touch: an ordinary login, never a role with powers of
    // its own (superuser, CREATEROLE, replication, BYPASSRLS), the schema owner or Countersign's
    // group roles; an admin who names a person after such a role must not be able to change it.
    s << QStringLiteral(R"SQL(
CREATE OR REPLACE FUNCTION countersign_is_plain_role(login text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = login AND NOT r.rolsuper AND NOT r.rolcreaterole
                 AND NOT r.rolreplication AND NOT r.rolbypassrls
                 AND r.rolname NOT IN ('countersign_people', 'countersign_admins', 'countersign_auditors',
                                       'countersign_agents')
                 AND r.rolname <> (SELECT tableowner FROM pg_tables WHERE schemaname = 'public'
                                   AND tablename = 'requests'))
$$)SQL");

    // Admins create people's login roles without holding CREATEROLE themselves.
    s << QStringLiteral(R"SQL(
CREATE OR REPLACE FUNCTION countersign_create_person(login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT countersign_session_administers() THEN
    RAISE EXCEPTION 'Countersign: only admins add people.' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
    EXECUTE format('CREATE ROLE %I LOGIN', login);
  ELSIF NOT countersign_is_plain_role(login) THEN
    RETURN; -- a role with powers of its own (the owner who set up the workspace, say) is left as it is
  ELSIF pg_has_role(login, 'countersign_people', 'member') THEN
    EXECUTE format('ALTER ROLE %I LOGIN', login); -- a person removed earlier and added again
  END IF;
  EXECUTE format('GRANT countersign_people TO %I', login);
END
$$)SQL")
      << QStringLiteral(R"SQL(
CREATE OR REPLACE FUNCTION countersign_set_app_role(login text, app_role text, granted boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE group_role text := CASE app_role WHEN 'admin' THEN 'countersign_admins' WHEN 'auditor' THEN 'countersign_auditors'
                                        WHEN 'agent' THEN 'countersign_agents' END;
BEGIN
  IF NOT countersign_session_administers() THEN
    RAISE EXCEPTION 'Countersign: only admins change roles.' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF group_role IS NULL OR NOT countersign_is_plain_role(login) THEN
    RETURN;
  END IF;
  IF granted THEN
    EXECUTE format('GRANT %I TO %I', group_role, login);
    IF group_role = 'countersign_agents' THEN -- an agent's login is not a person's
      EXECUTE format('REVOKE countersign_people FROM %I', login);
    END IF;
  ELSE
    EXECUTE format('REVOKE %I FROM %I', group_role, login);
  END IF;
END
$$)SQL")
      << QStringLiteral(R"SQL(
CREATE OR REPLACE FUNCTION countersign_set_person_login(login text, can_login boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT countersign_session_administers() THEN
    RAISE EXCEPTION 'Countersign: only admins disable people.' USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- Only people's roles: never a role with powers of its own or one Countersign did not make a person.
  IF NOT countersign_is_plain_role(login)
     OR NOT (pg_has_role(login, 'countersign_people', 'member') OR pg_has_role(login, 'countersign_agents', 'member'))
  THEN
    RETURN;
  END IF;
  IF can_login THEN
    EXECUTE format('ALTER ROLE %I LOGIN', login);
  ELSE
    EXECUTE format('ALTER ROLE %I NOLOGIN', login);
  END IF;
END
$$)SQL")
      << QStringLiteral("REVOKE ALL ON FUNCTION countersign_create_person(text), countersign_set_app_role(text, text, "
                        "boolean), countersign_set_person_login(text, boolean) FROM PUBLIC")
      << QStringLiteral("GRANT EXECUTE ON FUNCTION countersign_create_person(text), countersign_set_app_role(text, "
                        "text, boolean), countersign_set_person_login(text, boolean) TO countersign_admins");

    // Service accounts (issue 17): a NOLOGIN role with the people's grants, of which the agents' role
    // is a member, so an agent serving the inbound API acts as it (SET LOCAL ROLE) and row-level
    // security and the guards apply as to a person. The agents' role does not inherit what its
    // memberships grant: an agent is not a person unless it takes the service account's role.
    s << QStringLiteral("ALTER ROLE countersign_agents NOINHERIT")
      << QStringLiteral("GRANT SELECT ON service_accounts, api_tokens TO countersign_admins, countersign_auditors, "
                        "countersign_agents")
      << QStringLiteral("GRANT INSERT ON service_accounts TO countersign_admins")
      << QStringLiteral("GRANT INSERT, UPDATE (revoked_at) ON api_tokens TO countersign_admins")
      << QStringLiteral("GRANT UPDATE (last_used_at) ON api_tokens TO countersign_agents") << QStringLiteral(R"SQL(
CREATE OR REPLACE FUNCTION countersign_make_service_account(login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT countersign_session_administers() THEN
    RAISE EXCEPTION 'Countersign: only admins add service accounts.' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT countersign_is_plain_role(login) THEN
    RETURN;
  END IF;
  -- Only a service account core just made: never a person's role turned into one behind its back.
  IF NOT EXISTS (SELECT 1 FROM service_accounts s WHERE s.login = countersign_make_service_account.login)
     OR NOT EXISTS (SELECT 1 FROM user_roles ur WHERE ur.login = countersign_make_service_account.login
                    AND ur.role = 'service') THEN
    RAISE EXCEPTION 'Countersign: % is not a service account.', login USING ERRCODE = 'insufficient_privilege';
  END IF;
  EXECUTE format('ALTER ROLE %I NOLOGIN', login); -- nobody connects as it; agents take it
  EXECUTE format('GRANT countersign_people TO %I', login);
  EXECUTE format('GRANT %I TO countersign_agents', login);
END
$$)SQL")
      << QStringLiteral("REVOKE ALL ON FUNCTION countersign_make_service_account(text) FROM PUBLIC")
      << QStringLiteral("GRANT EXECUTE ON FUNCTION countersign_make_service_account(text) TO countersign_admins");
    return s;
}

} // namespace

Status apply(Database& db)
{
    if (db.engine() != Database::Engine::Postgres)
        return Error::invalid(
            CoreText::tr("Roles and grants exist only on PostgreSQL; an SQLite workspace has no users to enforce."));
    return db.transaction([&]() -> Status {
        for (const QString& statement : statements())
            CS_TRY(db.exec(statement));
        // Everyone already listed as a person gets a login role with the right memberships.
        auto users = db.exec(
            QStringLiteral("SELECT u.login, r.role FROM users u LEFT JOIN user_roles r ON r.login = u.login"));
        CS_TRY(users);
        QList<QPair<QString, QString>> rows;
        while (users->next())
            rows.append({ users->value(0).toString(), users->value(1).toString() });
        users->finish();
        for (const auto& [login, role] : rows) {
            CS_TRY(createPerson(db, login));
            if (!role.isEmpty())
                CS_TRY(setAppRole(db, login, role, true));
        }
        auto services = db.exec(QStringLiteral("SELECT login FROM service_accounts"));
        CS_TRY(services);
        QStringList serviceLogins;
        while (services->next())
            serviceLogins.append(services->value(0).toString());
        services->finish();
        for (const QString& login : std::as_const(serviceLogins))
            CS_TRY(makeServiceAccount(db, login));
        return Status();
    });
}

Result<bool> isApplied(Database& db)
{
    if (db.engine() != Database::Engine::Postgres)
        return false;
    auto q = db.exec(QStringLiteral("SELECT to_regprocedure('countersign_create_person(text)') IS NOT NULL"));
    CS_TRY(q);
    return q->next() && q->value(0).toBool();
}

Status createPerson(Database& db, const QString& login)
{
    CS_TRY(db.exec(QStringLiteral("SELECT countersign_create_person(?)"), { login }));
    return {};
}

Status setAppRole(Database& db, const QString& login, const QString& role, bool granted)
{
    CS_TRY(db.exec(QStringLiteral("SELECT countersign_set_app_role(?, ?, ?)"), { login, role, granted }));
    return {};
}

Status setPersonLogin(Database& db, const QString& login, bool canLogin)
{
    // A workspace set up by an older version lacks the function: say what to do, not libpq's words.
    auto q
        = db.exec(QStringLiteral("SELECT to_regprocedure('countersign_set_person_login(text, boolean)') IS NOT NULL"));
    CS_TRY(q);
    if (!(q->next() && q->value(0).toBool()))
        return Error::invalid(CoreText::tr("This workspace's database roles predate disabling people; run "
                                           "\"countersign-cli setup-postgres\" once, then try again."));
    q->finish();
    CS_TRY(db.exec(QStringLiteral("SELECT countersign_set_person_login(?, ?)"), { login, canLogin }));
    return {};
}

Status makeServiceAccount(Database& db, const QString& login)
{
    CS_TRY(db.exec(QStringLiteral("SELECT countersign_make_service_account(?)"), { login }));
    return {};
}

Status actAs(Database& db, const QString& login)
{
    // SET LOCAL ROLE, bound: ends with the transaction, checked by the server (the agent's role must
    // be a member of the service account's role).
    CS_TRY(db.exec(QStringLiteral("SELECT set_config('role', ?, true)"), { login }));
    return {};
}

} // namespace cs::PostgresSetup
