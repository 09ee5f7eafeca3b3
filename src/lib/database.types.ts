export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  // Allows to automatically instantiate createClient with right options
  // instead of createClient<Database, { PostgrestVersion: 'XX' }>(URL, KEY)
  __InternalSupabase: {
    PostgrestVersion: "12.0.2"
  }
  public: {
    Tables: {
      bot_flow_versions: {
        Row: {
          document: NonNullable<Json>
          flow_id: string
          id: string
          number: number
          organization_id: string
          published_at: string
          published_by: string | null
        }
        Insert: {
          document: NonNullable<Json>
          flow_id: string
          id?: string
          number: number
          organization_id: string
          published_at?: string
          published_by?: string | null
        }
        Update: {
          document?: NonNullable<Json>
          flow_id?: string
          id?: string
          number?: number
          organization_id?: string
          published_at?: string
          published_by?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "bot_flow_versions_organization_id_flow_id_fkey"
            columns: ["organization_id", "flow_id"]
            isOneToOne: false
            referencedRelation: "bot_flows"
            referencedColumns: ["organization_id", "id"]
          },
          {
            foreignKeyName: "bot_flow_versions_published_by_fkey"
            columns: ["published_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      bot_flows: {
        Row: {
          created_at: string
          created_by: string | null
          draft: NonNullable<Json>
          draft_revision: number
          enabled: boolean
          id: string
          name: string
          organization_id: string
          published_version_id: string | null
          updated_at: string
        }
        Insert: {
          created_at?: string
          created_by?: string | null
          draft: NonNullable<Json>
          draft_revision?: number
          enabled?: boolean
          id?: string
          name: string
          organization_id: string
          published_version_id?: string | null
          updated_at?: string
        }
        Update: {
          created_at?: string
          created_by?: string | null
          draft?: NonNullable<Json>
          draft_revision?: number
          enabled?: boolean
          id?: string
          name?: string
          organization_id?: string
          published_version_id?: string | null
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "bot_flows_created_by_fkey"
            columns: ["created_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "bot_flows_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "bot_flows_organization_id_published_version_id_fkey"
            columns: ["organization_id", "published_version_id"]
            isOneToOne: false
            referencedRelation: "bot_flow_versions"
            referencedColumns: ["organization_id", "id"]
          },
        ]
      }
      bot_sessions: {
        Row: {
          conversation_id: string
          ended_at: string | null
          expires_at: string
          flow_id: string
          id: string
          organization_id: string
          resume_at: string | null
          started_at: string
          state: NonNullable<Json>
          status: string
          turn: number
          updated_at: string
          version_id: string
          visited: string[]
        }
        Insert: {
          conversation_id: string
          ended_at?: string | null
          expires_at: string
          flow_id: string
          id?: string
          organization_id: string
          resume_at?: string | null
          started_at?: string
          state: NonNullable<Json>
          status?: string
          turn?: number
          updated_at?: string
          version_id: string
          visited?: string[]
        }
        Update: {
          conversation_id?: string
          ended_at?: string | null
          expires_at?: string
          flow_id?: string
          id?: string
          organization_id?: string
          resume_at?: string | null
          started_at?: string
          state?: NonNullable<Json>
          status?: string
          turn?: number
          updated_at?: string
          version_id?: string
          visited?: string[]
        }
        Relationships: [
          {
            foreignKeyName: "bot_sessions_conversation_id_fkey"
            columns: ["conversation_id"]
            isOneToOne: false
            referencedRelation: "conversations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "bot_sessions_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "bot_sessions_organization_id_flow_id_fkey"
            columns: ["organization_id", "flow_id"]
            isOneToOne: false
            referencedRelation: "bot_flows"
            referencedColumns: ["organization_id", "id"]
          },
          {
            foreignKeyName: "bot_sessions_organization_id_version_id_fkey"
            columns: ["organization_id", "version_id"]
            isOneToOne: false
            referencedRelation: "bot_flow_versions"
            referencedColumns: ["organization_id", "id"]
          },
        ]
      }
      bot_settings: {
        Row: {
          faq_ai_check: boolean
          faq_threshold: number
          max_misunderstood: number
          organization_id: string
          session_timeout_minutes: number
          updated_at: string
        }
        Insert: {
          faq_ai_check?: boolean
          faq_threshold?: number
          max_misunderstood?: number
          organization_id: string
          session_timeout_minutes?: number
          updated_at?: string
        }
        Update: {
          faq_ai_check?: boolean
          faq_threshold?: number
          max_misunderstood?: number
          organization_id?: string
          session_timeout_minutes?: number
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "bot_settings_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: true
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      bot_synonyms: {
        Row: {
          created_at: string
          expansion: string
          organization_id: string
          term: string
        }
        Insert: {
          created_at?: string
          expansion: string
          organization_id: string
          term: string
        }
        Update: {
          created_at?: string
          expansion?: string
          organization_id?: string
          term?: string
        }
        Relationships: [
          {
            foreignKeyName: "bot_synonyms_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      bot_unmatched_messages: {
        Row: {
          conversation_id: string | null
          first_seen_at: string
          flow_id: string | null
          handled_at: string | null
          id: string
          last_seen_at: string
          node_id: string | null
          normalized: string
          occurrences: number
          organization_id: string
          status: string
          text: string
        }
        Insert: {
          conversation_id?: string | null
          first_seen_at?: string
          flow_id?: string | null
          handled_at?: string | null
          id?: string
          last_seen_at?: string
          node_id?: string | null
          normalized: string
          occurrences?: number
          organization_id: string
          status?: string
          text: string
        }
        Update: {
          conversation_id?: string | null
          first_seen_at?: string
          flow_id?: string | null
          handled_at?: string | null
          id?: string
          last_seen_at?: string
          node_id?: string | null
          normalized?: string
          occurrences?: number
          organization_id?: string
          status?: string
          text?: string
        }
        Relationships: [
          {
            foreignKeyName: "bot_unmatched_messages_conversation_id_fkey"
            columns: ["conversation_id"]
            isOneToOne: false
            referencedRelation: "conversations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "bot_unmatched_messages_flow_id_fkey"
            columns: ["flow_id"]
            isOneToOne: false
            referencedRelation: "bot_flows"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "bot_unmatched_messages_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      campaign_recipients: {
        Row: {
          accepted_at: string | null
          attempts: number
          batch_name: string | null
          campaign_id: string
          contact_id: string | null
          contact_name: string | null
          delivered_at: string | null
          dispatch: Database["public"]["Enums"]["recipient_dispatch"]
          dispatched_at: string | null
          due_at: string
          failed_at: string | null
          failure_code: string | null
          failure_reason: string | null
          filed_in_conversation: boolean
          id: string
          local_message_id: string
          organization_id: string
          parameters: NonNullable<Json>
          phone: string
          read_at: string | null
          replied_at: string | null
          sent_at: string | null
          status: Database["public"]["Enums"]["message_status"]
          stopped_by_reply: boolean
          wati_broadcast_id: string | null
          wati_message_id: string | null
        }
        Insert: {
          accepted_at?: string | null
          attempts?: number
          batch_name?: string | null
          campaign_id: string
          contact_id?: string | null
          contact_name?: string | null
          delivered_at?: string | null
          dispatch?: Database["public"]["Enums"]["recipient_dispatch"]
          dispatched_at?: string | null
          due_at?: string
          failed_at?: string | null
          failure_code?: string | null
          failure_reason?: string | null
          filed_in_conversation?: boolean
          id?: string
          local_message_id: string
          organization_id: string
          parameters?: NonNullable<Json>
          phone: string
          read_at?: string | null
          replied_at?: string | null
          sent_at?: string | null
          status?: Database["public"]["Enums"]["message_status"]
          stopped_by_reply?: boolean
          wati_broadcast_id?: string | null
          wati_message_id?: string | null
        }
        Update: {
          accepted_at?: string | null
          attempts?: number
          batch_name?: string | null
          campaign_id?: string
          contact_id?: string | null
          contact_name?: string | null
          delivered_at?: string | null
          dispatch?: Database["public"]["Enums"]["recipient_dispatch"]
          dispatched_at?: string | null
          due_at?: string
          failed_at?: string | null
          failure_code?: string | null
          failure_reason?: string | null
          filed_in_conversation?: boolean
          id?: string
          local_message_id?: string
          organization_id?: string
          parameters?: NonNullable<Json>
          phone?: string
          read_at?: string | null
          replied_at?: string | null
          sent_at?: string | null
          status?: Database["public"]["Enums"]["message_status"]
          stopped_by_reply?: boolean
          wati_broadcast_id?: string | null
          wati_message_id?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "campaign_recipients_campaign_id_fkey"
            columns: ["campaign_id"]
            isOneToOne: false
            referencedRelation: "campaigns"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "campaign_recipients_contact_id_fkey"
            columns: ["contact_id"]
            isOneToOne: false
            referencedRelation: "contacts"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "campaign_recipients_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      campaigns: {
        Row: {
          audience: NonNullable<Json>
          completed_at: string | null
          created_at: string
          created_by: string | null
          excluded: NonNullable<Json>
          id: string
          last_error: string | null
          launched_at: string | null
          launched_by: string | null
          name: string
          organization_id: string
          parameter_mapping: NonNullable<Json>
          progress_topic: string
          quiet_hours_end: string | null
          quiet_hours_start: string | null
          recipients_total: number
          reserved_at: string | null
          reserved_messages: number
          scheduled_at: string | null
          status: Database["public"]["Enums"]["campaign_status"]
          template_id: string | null
          updated_at: string
        }
        Insert: {
          audience?: NonNullable<Json>
          completed_at?: string | null
          created_at?: string
          created_by?: string | null
          excluded?: NonNullable<Json>
          id?: string
          last_error?: string | null
          launched_at?: string | null
          launched_by?: string | null
          name: string
          organization_id: string
          parameter_mapping?: NonNullable<Json>
          progress_topic?: string
          quiet_hours_end?: string | null
          quiet_hours_start?: string | null
          recipients_total?: number
          reserved_at?: string | null
          reserved_messages?: number
          scheduled_at?: string | null
          status?: Database["public"]["Enums"]["campaign_status"]
          template_id?: string | null
          updated_at?: string
        }
        Update: {
          audience?: NonNullable<Json>
          completed_at?: string | null
          created_at?: string
          created_by?: string | null
          excluded?: NonNullable<Json>
          id?: string
          last_error?: string | null
          launched_at?: string | null
          launched_by?: string | null
          name?: string
          organization_id?: string
          parameter_mapping?: NonNullable<Json>
          progress_topic?: string
          quiet_hours_end?: string | null
          quiet_hours_start?: string | null
          recipients_total?: number
          reserved_at?: string | null
          reserved_messages?: number
          scheduled_at?: string | null
          status?: Database["public"]["Enums"]["campaign_status"]
          template_id?: string | null
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "campaigns_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "campaigns_template_id_fkey"
            columns: ["template_id"]
            isOneToOne: false
            referencedRelation: "whatsapp_templates"
            referencedColumns: ["id"]
          },
        ]
      }
      canned_responses: {
        Row: {
          attachment_url: string | null
          content: string
          created_at: string
          created_by: string | null
          id: string
          organization_id: string
          short_code: string
          updated_at: string
        }
        Insert: {
          attachment_url?: string | null
          content: string
          created_at?: string
          created_by?: string | null
          id?: string
          organization_id: string
          short_code: string
          updated_at?: string
        }
        Update: {
          attachment_url?: string | null
          content?: string
          created_at?: string
          created_by?: string | null
          id?: string
          organization_id?: string
          short_code?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "canned_responses_created_by_fkey"
            columns: ["created_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "canned_responses_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      contact_consent_events: {
        Row: {
          changed_by: string | null
          contact_id: string
          created_at: string
          id: number
          organization_id: string
          proof: string | null
          reason: string | null
          source: string
          status: Database["public"]["Enums"]["opt_in_status"]
        }
        Insert: {
          changed_by?: string | null
          contact_id: string
          created_at?: string
          id?: never
          organization_id: string
          proof?: string | null
          reason?: string | null
          source: string
          status: Database["public"]["Enums"]["opt_in_status"]
        }
        Update: {
          changed_by?: string | null
          contact_id?: string
          created_at?: string
          id?: never
          organization_id?: string
          proof?: string | null
          reason?: string | null
          source?: string
          status?: Database["public"]["Enums"]["opt_in_status"]
        }
        Relationships: [
          {
            foreignKeyName: "contact_consent_events_contact_id_fkey"
            columns: ["contact_id"]
            isOneToOne: false
            referencedRelation: "contacts"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "contact_consent_events_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      contacts: {
        Row: {
          attributes: NonNullable<Json>
          country_code: string | null
          created_at: string
          email: string | null
          id: string
          language: string
          last_seen_at: string | null
          name: string | null
          opt_in_source: string
          opt_in_status: Database["public"]["Enums"]["opt_in_status"]
          opted_out_at: string | null
          organization_id: string
          phone: string
          tags: string[]
          updated_at: string
          wati_sync_attempts: number
          wati_sync_due_at: string
          wati_sync_error: string | null
          wati_sync_status: Database["public"]["Enums"]["wati_sync_status"]
          wati_synced_at: string | null
        }
        Insert: {
          attributes?: NonNullable<Json>
          country_code?: string | null
          created_at?: string
          email?: string | null
          id?: string
          language?: string
          last_seen_at?: string | null
          name?: string | null
          opt_in_source?: string
          opt_in_status?: Database["public"]["Enums"]["opt_in_status"]
          opted_out_at?: string | null
          organization_id: string
          phone: string
          tags?: string[]
          updated_at?: string
          wati_sync_attempts?: number
          wati_sync_due_at?: string
          wati_sync_error?: string | null
          wati_sync_status?: Database["public"]["Enums"]["wati_sync_status"]
          wati_synced_at?: string | null
        }
        Update: {
          attributes?: NonNullable<Json>
          country_code?: string | null
          created_at?: string
          email?: string | null
          id?: string
          language?: string
          last_seen_at?: string | null
          name?: string | null
          opt_in_source?: string
          opt_in_status?: Database["public"]["Enums"]["opt_in_status"]
          opted_out_at?: string | null
          organization_id?: string
          phone?: string
          tags?: string[]
          updated_at?: string
          wati_sync_attempts?: number
          wati_sync_due_at?: string
          wati_sync_error?: string | null
          wati_sync_status?: Database["public"]["Enums"]["wati_sync_status"]
          wati_synced_at?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "contacts_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      conversation_participants: {
        Row: {
          conversation_id: string
          created_at: string
          organization_id: string
          user_id: string
        }
        Insert: {
          conversation_id: string
          created_at?: string
          organization_id: string
          user_id: string
        }
        Update: {
          conversation_id?: string
          created_at?: string
          organization_id?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "conversation_participants_conversation_id_fkey"
            columns: ["conversation_id"]
            isOneToOne: false
            referencedRelation: "conversations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "conversation_participants_organization_id_user_id_fkey"
            columns: ["organization_id", "user_id"]
            isOneToOne: false
            referencedRelation: "memberships"
            referencedColumns: ["organization_id", "user_id"]
          },
        ]
      }
      conversation_reads: {
        Row: {
          conversation_id: string
          last_read_at: string
          organization_id: string
          user_id: string
        }
        Insert: {
          conversation_id: string
          last_read_at: string
          organization_id: string
          user_id: string
        }
        Update: {
          conversation_id?: string
          last_read_at?: string
          organization_id?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "conversation_reads_conversation_id_fkey"
            columns: ["conversation_id"]
            isOneToOne: false
            referencedRelation: "conversations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "conversation_reads_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "conversation_reads_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      conversations: {
        Row: {
          assignee_id: string | null
          campaign_id: string | null
          contact_id: string
          created_at: string
          first_reply_at: string | null
          id: string
          labels: string[]
          last_activity_at: string
          last_inbound_at: string | null
          last_message_author: string | null
          last_message_preview: string | null
          organization_id: string
          priority: Database["public"]["Enums"]["conversation_priority"] | null
          resolved_at: string | null
          snoozed_until: string | null
          status: Database["public"]["Enums"]["conversation_status"]
          status_code: number
          team_id: string | null
          updated_at: string
          waiting_since: string | null
        }
        Insert: {
          assignee_id?: string | null
          campaign_id?: string | null
          contact_id: string
          created_at?: string
          first_reply_at?: string | null
          id?: string
          labels?: string[]
          last_activity_at?: string
          last_inbound_at?: string | null
          last_message_author?: string | null
          last_message_preview?: string | null
          organization_id: string
          priority?: Database["public"]["Enums"]["conversation_priority"] | null
          resolved_at?: string | null
          snoozed_until?: string | null
          status?: Database["public"]["Enums"]["conversation_status"]
          status_code?: never
          team_id?: string | null
          updated_at?: string
          waiting_since?: string | null
        }
        Update: {
          assignee_id?: string | null
          campaign_id?: string | null
          contact_id?: string
          created_at?: string
          first_reply_at?: string | null
          id?: string
          labels?: string[]
          last_activity_at?: string
          last_inbound_at?: string | null
          last_message_author?: string | null
          last_message_preview?: string | null
          organization_id?: string
          priority?: Database["public"]["Enums"]["conversation_priority"] | null
          resolved_at?: string | null
          snoozed_until?: string | null
          status?: Database["public"]["Enums"]["conversation_status"]
          status_code?: never
          team_id?: string | null
          updated_at?: string
          waiting_since?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "conversations_campaign_id_fkey"
            columns: ["campaign_id"]
            isOneToOne: false
            referencedRelation: "campaigns"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "conversations_contact_id_fkey"
            columns: ["contact_id"]
            isOneToOne: false
            referencedRelation: "contacts"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "conversations_organization_id_assignee_id_fkey"
            columns: ["organization_id", "assignee_id"]
            isOneToOne: false
            referencedRelation: "memberships"
            referencedColumns: ["organization_id", "user_id"]
          },
          {
            foreignKeyName: "conversations_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "conversations_organization_id_team_id_fkey"
            columns: ["organization_id", "team_id"]
            isOneToOne: false
            referencedRelation: "teams"
            referencedColumns: ["organization_id", "id"]
          },
        ]
      }
      credit_ledger: {
        Row: {
          actor_id: string | null
          balance_after: number
          channel: string
          created_at: string
          delta: number
          id: number
          idempotency_key: string
          organization_id: string
          reason: string
          subject: Json | null
        }
        Insert: {
          actor_id?: string | null
          balance_after: number
          channel: string
          created_at?: string
          delta: number
          id?: never
          idempotency_key: string
          organization_id: string
          reason: string
          subject?: Json | null
        }
        Update: {
          actor_id?: string | null
          balance_after?: number
          channel?: string
          created_at?: string
          delta?: number
          id?: never
          idempotency_key?: string
          organization_id?: string
          reason?: string
          subject?: Json | null
        }
        Relationships: [
          {
            foreignKeyName: "credit_ledger_actor_id_fkey"
            columns: ["actor_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "credit_ledger_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      credit_packs: {
        Row: {
          active: boolean
          credits: number
          id: string
          price_xaf: number
          sort_order: number
        }
        Insert: {
          active?: boolean
          credits: number
          id: string
          price_xaf: number
          sort_order?: number
        }
        Update: {
          active?: boolean
          credits?: number
          id?: string
          price_xaf?: number
          sort_order?: number
        }
        Relationships: []
      }
      credit_payments: {
        Row: {
          amount_xaf: number
          created_at: string
          created_by: string | null
          credits: number
          currency: string
          flutterwave_transaction_id: number | null
          id: string
          organization_id: string
          pack_id: string
          paid_at: string | null
          payment_type: string | null
          receipt_number: string | null
          status: string
          tx_ref: string
        }
        Insert: {
          amount_xaf: number
          created_at?: string
          created_by?: string | null
          credits: number
          currency?: string
          flutterwave_transaction_id?: number | null
          id?: string
          organization_id: string
          pack_id: string
          paid_at?: string | null
          payment_type?: string | null
          receipt_number?: string | null
          status?: string
          tx_ref: string
        }
        Update: {
          amount_xaf?: number
          created_at?: string
          created_by?: string | null
          credits?: number
          currency?: string
          flutterwave_transaction_id?: number | null
          id?: string
          organization_id?: string
          pack_id?: string
          paid_at?: string | null
          payment_type?: string | null
          receipt_number?: string | null
          status?: string
          tx_ref?: string
        }
        Relationships: [
          {
            foreignKeyName: "credit_payments_created_by_fkey"
            columns: ["created_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "credit_payments_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "credit_payments_pack_id_fkey"
            columns: ["pack_id"]
            isOneToOne: false
            referencedRelation: "credit_packs"
            referencedColumns: ["id"]
          },
        ]
      }
      credit_wallets: {
        Row: {
          balance: number
          organization_id: string
          updated_at: string
        }
        Insert: {
          balance?: number
          organization_id: string
          updated_at?: string
        }
        Update: {
          balance?: number
          organization_id?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "credit_wallets_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: true
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      csat_surveys: {
        Row: {
          agent_id: string | null
          answered_at: string | null
          channel: string
          contact_id: string
          conversation_id: string
          created_at: string
          id: string
          message_id: string | null
          organization_id: string
          rating: number | null
        }
        Insert: {
          agent_id?: string | null
          answered_at?: string | null
          channel: string
          contact_id: string
          conversation_id: string
          created_at?: string
          id?: string
          message_id?: string | null
          organization_id: string
          rating?: number | null
        }
        Update: {
          agent_id?: string | null
          answered_at?: string | null
          channel?: string
          contact_id?: string
          conversation_id?: string
          created_at?: string
          id?: string
          message_id?: string | null
          organization_id?: string
          rating?: number | null
        }
        Relationships: [
          {
            foreignKeyName: "csat_surveys_agent_id_fkey"
            columns: ["agent_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "csat_surveys_contact_id_fkey"
            columns: ["contact_id"]
            isOneToOne: false
            referencedRelation: "contacts"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "csat_surveys_conversation_id_fkey"
            columns: ["conversation_id"]
            isOneToOne: false
            referencedRelation: "conversations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "csat_surveys_message_id_fkey"
            columns: ["message_id"]
            isOneToOne: false
            referencedRelation: "messages"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "csat_surveys_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      faq_entries: {
        Row: {
          answer: string
          category: string | null
          created_at: string
          created_by: string | null
          enabled: boolean
          id: string
          organization_id: string
          updated_at: string
        }
        Insert: {
          answer: string
          category?: string | null
          created_at?: string
          created_by?: string | null
          enabled?: boolean
          id?: string
          organization_id: string
          updated_at?: string
        }
        Update: {
          answer?: string
          category?: string | null
          created_at?: string
          created_by?: string | null
          enabled?: boolean
          id?: string
          organization_id?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "faq_entries_created_by_fkey"
            columns: ["created_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "faq_entries_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      faq_questions: {
        Row: {
          created_at: string
          entry_id: string
          id: string
          organization_id: string
          question: string
          words: string[]
        }
        Insert: {
          created_at?: string
          entry_id: string
          id?: string
          organization_id: string
          question: string
          words?: string[]
        }
        Update: {
          created_at?: string
          entry_id?: string
          id?: string
          organization_id?: string
          question?: string
          words?: string[]
        }
        Relationships: [
          {
            foreignKeyName: "faq_questions_organization_id_entry_id_fkey"
            columns: ["organization_id", "entry_id"]
            isOneToOne: false
            referencedRelation: "faq_entries"
            referencedColumns: ["organization_id", "id"]
          },
        ]
      }
      inbox_agents: {
        Row: {
          availability: string
          capacity: number | null
          last_assigned_at: string | null
          last_heartbeat_at: string | null
          organization_id: string
          user_id: string
        }
        Insert: {
          availability?: string
          capacity?: number | null
          last_assigned_at?: string | null
          last_heartbeat_at?: string | null
          organization_id: string
          user_id: string
        }
        Update: {
          availability?: string
          capacity?: number | null
          last_assigned_at?: string | null
          last_heartbeat_at?: string | null
          organization_id?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "inbox_agents_organization_id_user_id_fkey"
            columns: ["organization_id", "user_id"]
            isOneToOne: true
            referencedRelation: "memberships"
            referencedColumns: ["organization_id", "user_id"]
          },
        ]
      }
      inbox_settings: {
        Row: {
          agents_see_all: boolean
          auto_assign: boolean
          away_enabled: boolean
          away_message: string | null
          csat_enabled: boolean
          csat_template_name: string | null
          default_capacity: number
          office_hours: NonNullable<Json>
          organization_id: string
          updated_at: string
          waiting_alert_minutes: number
        }
        Insert: {
          agents_see_all?: boolean
          auto_assign?: boolean
          away_enabled?: boolean
          away_message?: string | null
          csat_enabled?: boolean
          csat_template_name?: string | null
          default_capacity?: number
          office_hours?: NonNullable<Json>
          organization_id: string
          updated_at?: string
          waiting_alert_minutes?: number
        }
        Update: {
          agents_see_all?: boolean
          auto_assign?: boolean
          away_enabled?: boolean
          away_message?: string | null
          csat_enabled?: boolean
          csat_template_name?: string | null
          default_capacity?: number
          office_hours?: NonNullable<Json>
          organization_id?: string
          updated_at?: string
          waiting_alert_minutes?: number
        }
        Relationships: [
          {
            foreignKeyName: "inbox_settings_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: true
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      invitations: {
        Row: {
          accepted_at: string | null
          accepted_by: string | null
          created_at: string
          expires_at: string
          id: string
          invited_by: string | null
          note: string | null
          organization_id: string
          role: Database["public"]["Enums"]["member_role"]
        }
        Insert: {
          accepted_at?: string | null
          accepted_by?: string | null
          created_at?: string
          expires_at?: string
          id?: string
          invited_by?: string | null
          note?: string | null
          organization_id: string
          role: Database["public"]["Enums"]["member_role"]
        }
        Update: {
          accepted_at?: string | null
          accepted_by?: string | null
          created_at?: string
          expires_at?: string
          id?: string
          invited_by?: string | null
          note?: string | null
          organization_id?: string
          role?: Database["public"]["Enums"]["member_role"]
        }
        Relationships: [
          {
            foreignKeyName: "invitations_accepted_by_fkey"
            columns: ["accepted_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "invitations_invited_by_fkey"
            columns: ["invited_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "invitations_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      memberships: {
        Row: {
          created_at: string
          organization_id: string
          role: Database["public"]["Enums"]["member_role"]
          updated_at: string
          user_id: string
        }
        Insert: {
          created_at?: string
          organization_id: string
          role: Database["public"]["Enums"]["member_role"]
          updated_at?: string
          user_id: string
        }
        Update: {
          created_at?: string
          organization_id?: string
          role?: Database["public"]["Enums"]["member_role"]
          updated_at?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "memberships_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "memberships_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      messages: {
        Row: {
          author: Database["public"]["Enums"]["message_author"]
          author_id: string | null
          author_name: string | null
          body: string | null
          campaign_recipient_id: string | null
          client_message_id: string | null
          contact_id: string
          conversation_id: string
          created_at: string
          delivered_at: string | null
          event: Json | null
          failed_at: string | null
          failure_code: string | null
          failure_reason: string | null
          id: string
          kind: string
          local_message_id: string | null
          media: Json | null
          mentions: string[]
          opt_out: boolean
          organization_id: string
          private: boolean
          read_at: string | null
          reply_to_wamid: string | null
          sent_at: string | null
          status: Database["public"]["Enums"]["message_status"] | null
          template: Json | null
          updated_at: string
          wati_message_id: string | null
          whatsapp_message_id: string | null
        }
        Insert: {
          author: Database["public"]["Enums"]["message_author"]
          author_id?: string | null
          author_name?: string | null
          body?: string | null
          campaign_recipient_id?: string | null
          client_message_id?: string | null
          contact_id: string
          conversation_id: string
          created_at?: string
          delivered_at?: string | null
          event?: Json | null
          failed_at?: string | null
          failure_code?: string | null
          failure_reason?: string | null
          id?: string
          kind?: string
          local_message_id?: string | null
          media?: Json | null
          mentions?: string[]
          opt_out?: boolean
          organization_id: string
          private?: boolean
          read_at?: string | null
          reply_to_wamid?: string | null
          sent_at?: string | null
          status?: Database["public"]["Enums"]["message_status"] | null
          template?: Json | null
          updated_at?: string
          wati_message_id?: string | null
          whatsapp_message_id?: string | null
        }
        Update: {
          author?: Database["public"]["Enums"]["message_author"]
          author_id?: string | null
          author_name?: string | null
          body?: string | null
          campaign_recipient_id?: string | null
          client_message_id?: string | null
          contact_id?: string
          conversation_id?: string
          created_at?: string
          delivered_at?: string | null
          event?: Json | null
          failed_at?: string | null
          failure_code?: string | null
          failure_reason?: string | null
          id?: string
          kind?: string
          local_message_id?: string | null
          media?: Json | null
          mentions?: string[]
          opt_out?: boolean
          organization_id?: string
          private?: boolean
          read_at?: string | null
          reply_to_wamid?: string | null
          sent_at?: string | null
          status?: Database["public"]["Enums"]["message_status"] | null
          template?: Json | null
          updated_at?: string
          wati_message_id?: string | null
          whatsapp_message_id?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "messages_author_id_fkey"
            columns: ["author_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "messages_campaign_recipient_id_fkey"
            columns: ["campaign_recipient_id"]
            isOneToOne: false
            referencedRelation: "campaign_recipients"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "messages_contact_id_fkey"
            columns: ["contact_id"]
            isOneToOne: false
            referencedRelation: "contacts"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "messages_conversation_id_fkey"
            columns: ["conversation_id"]
            isOneToOne: false
            referencedRelation: "conversations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "messages_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      notifications: {
        Row: {
          actor_id: string | null
          conversation_id: string | null
          created_at: string
          excerpt: string | null
          id: string
          kind: string
          organization_id: string
          read_at: string | null
          user_id: string
        }
        Insert: {
          actor_id?: string | null
          conversation_id?: string | null
          created_at?: string
          excerpt?: string | null
          id?: string
          kind: string
          organization_id: string
          read_at?: string | null
          user_id: string
        }
        Update: {
          actor_id?: string | null
          conversation_id?: string | null
          created_at?: string
          excerpt?: string | null
          id?: string
          kind?: string
          organization_id?: string
          read_at?: string | null
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "notifications_actor_id_fkey"
            columns: ["actor_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "notifications_conversation_id_fkey"
            columns: ["conversation_id"]
            isOneToOne: false
            referencedRelation: "conversations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "notifications_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "notifications_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      organizations: {
        Row: {
          agents_quota: number | null
          contacts_quota: number | null
          country_code: string
          created_at: string
          created_by: string | null
          default_phone_country: string
          id: string
          messages_quota: number | null
          mode: string
          name: string
          plan_id: string
          slug: string
          time_zone: string
          updated_at: string
        }
        Insert: {
          agents_quota?: number | null
          contacts_quota?: number | null
          country_code: string
          created_at?: string
          created_by?: string | null
          default_phone_country: string
          id?: string
          messages_quota?: number | null
          mode?: string
          name: string
          plan_id?: string
          slug: string
          time_zone?: string
          updated_at?: string
        }
        Update: {
          agents_quota?: number | null
          contacts_quota?: number | null
          country_code?: string
          created_at?: string
          created_by?: string | null
          default_phone_country?: string
          id?: string
          messages_quota?: number | null
          mode?: string
          name?: string
          plan_id?: string
          slug?: string
          time_zone?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "organizations_plan_id_fkey"
            columns: ["plan_id"]
            isOneToOne: false
            referencedRelation: "plans"
            referencedColumns: ["id"]
          },
        ]
      }
      plans: {
        Row: {
          agents_limit: number | null
          contacts_limit: number | null
          id: string
          messages_per_month: number | null
          name: string
          price_xaf: number
          sort_order: number
        }
        Insert: {
          agents_limit?: number | null
          contacts_limit?: number | null
          id: string
          messages_per_month?: number | null
          name: string
          price_xaf: number
          sort_order?: number
        }
        Update: {
          agents_limit?: number | null
          contacts_limit?: number | null
          id?: string
          messages_per_month?: number | null
          name?: string
          price_xaf?: number
          sort_order?: number
        }
        Relationships: []
      }
      profiles: {
        Row: {
          created_at: string
          email: string | null
          full_name: string | null
          id: string
          phone: string | null
          preferred_language: string
          updated_at: string
        }
        Insert: {
          created_at?: string
          email?: string | null
          full_name?: string | null
          id: string
          phone?: string | null
          preferred_language?: string
          updated_at?: string
        }
        Update: {
          created_at?: string
          email?: string | null
          full_name?: string | null
          id?: string
          phone?: string | null
          preferred_language?: string
          updated_at?: string
        }
        Relationships: []
      }
      segments: {
        Row: {
          created_at: string
          created_by: string | null
          criteria: NonNullable<Json>
          description: string | null
          id: string
          name: string
          organization_id: string
          updated_at: string
        }
        Insert: {
          created_at?: string
          created_by?: string | null
          criteria: NonNullable<Json>
          description?: string | null
          id?: string
          name: string
          organization_id: string
          updated_at?: string
        }
        Update: {
          created_at?: string
          created_by?: string | null
          criteria?: NonNullable<Json>
          description?: string | null
          id?: string
          name?: string
          organization_id?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "segments_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      team_members: {
        Row: {
          created_at: string
          organization_id: string
          team_id: string
          user_id: string
        }
        Insert: {
          created_at?: string
          organization_id: string
          team_id: string
          user_id: string
        }
        Update: {
          created_at?: string
          organization_id?: string
          team_id?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "team_members_organization_id_team_id_fkey"
            columns: ["organization_id", "team_id"]
            isOneToOne: false
            referencedRelation: "teams"
            referencedColumns: ["organization_id", "id"]
          },
          {
            foreignKeyName: "team_members_organization_id_user_id_fkey"
            columns: ["organization_id", "user_id"]
            isOneToOne: false
            referencedRelation: "memberships"
            referencedColumns: ["organization_id", "user_id"]
          },
        ]
      }
      teams: {
        Row: {
          created_at: string
          id: string
          name: string
          organization_id: string
        }
        Insert: {
          created_at?: string
          id?: string
          name: string
          organization_id: string
        }
        Update: {
          created_at?: string
          id?: string
          name?: string
          organization_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "teams_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      wati_chatbot_run_recipients: {
        Row: {
          attempts: number
          contact_id: string | null
          due_at: string
          failure: Database["public"]["Enums"]["wati_chatbot_failure"] | null
          id: string
          lease_until: string | null
          organization_id: string
          run_id: string
          started_at: string | null
          status: Database["public"]["Enums"]["wati_chatbot_recipient_status"]
          updated_at: string
        }
        Insert: {
          attempts?: number
          contact_id?: string | null
          due_at?: string
          failure?: Database["public"]["Enums"]["wati_chatbot_failure"] | null
          id?: string
          lease_until?: string | null
          organization_id: string
          run_id: string
          started_at?: string | null
          status?: Database["public"]["Enums"]["wati_chatbot_recipient_status"]
          updated_at?: string
        }
        Update: {
          attempts?: number
          contact_id?: string | null
          due_at?: string
          failure?: Database["public"]["Enums"]["wati_chatbot_failure"] | null
          id?: string
          lease_until?: string | null
          organization_id?: string
          run_id?: string
          started_at?: string | null
          status?: Database["public"]["Enums"]["wati_chatbot_recipient_status"]
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "wati_chatbot_run_recipients_contact_id_fkey"
            columns: ["contact_id"]
            isOneToOne: false
            referencedRelation: "contacts"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "wati_chatbot_run_recipients_run_id_organization_id_fkey"
            columns: ["run_id", "organization_id"]
            isOneToOne: false
            referencedRelation: "wati_chatbot_runs"
            referencedColumns: ["id", "organization_id"]
          },
        ]
      }
      wati_chatbot_runs: {
        Row: {
          cancelled_by: string | null
          chatbot_id: string
          chatbot_name: string
          contact_id: string | null
          created_at: string
          created_by: string | null
          failed: number
          failure: Database["public"]["Enums"]["wati_chatbot_failure"] | null
          finished_at: string | null
          id: string
          kind: string
          organization_id: string
          segment_id: string | null
          segment_name: string | null
          started: number
          status: Database["public"]["Enums"]["wati_chatbot_run_status"]
          total: number
          updated_at: string
        }
        Insert: {
          cancelled_by?: string | null
          chatbot_id: string
          chatbot_name: string
          contact_id?: string | null
          created_at?: string
          created_by?: string | null
          failed?: number
          failure?: Database["public"]["Enums"]["wati_chatbot_failure"] | null
          finished_at?: string | null
          id?: string
          kind: string
          organization_id: string
          segment_id?: string | null
          segment_name?: string | null
          started?: number
          status?: Database["public"]["Enums"]["wati_chatbot_run_status"]
          total?: number
          updated_at?: string
        }
        Update: {
          cancelled_by?: string | null
          chatbot_id?: string
          chatbot_name?: string
          contact_id?: string | null
          created_at?: string
          created_by?: string | null
          failed?: number
          failure?: Database["public"]["Enums"]["wati_chatbot_failure"] | null
          finished_at?: string | null
          id?: string
          kind?: string
          organization_id?: string
          segment_id?: string | null
          segment_name?: string | null
          started?: number
          status?: Database["public"]["Enums"]["wati_chatbot_run_status"]
          total?: number
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "wati_chatbot_runs_contact_id_fkey"
            columns: ["contact_id"]
            isOneToOne: false
            referencedRelation: "contacts"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "wati_chatbot_runs_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "wati_chatbot_runs_segment_id_fkey"
            columns: ["segment_id"]
            isOneToOne: false
            referencedRelation: "segments"
            referencedColumns: ["id"]
          },
        ]
      }
      whatsapp_templates: {
        Row: {
          body: string
          buttons: NonNullable<Json>
          category: string | null
          created_at: string
          footer: string | null
          header: Json | null
          id: string
          language: string
          name: string
          organization_id: string
          parameter_mapping: NonNullable<Json>
          parameters: string[]
          status: string
          synced_at: string
          updated_at: string
          wati_id: string | null
        }
        Insert: {
          body: string
          buttons?: NonNullable<Json>
          category?: string | null
          created_at?: string
          footer?: string | null
          header?: Json | null
          id?: string
          language?: string
          name: string
          organization_id: string
          parameter_mapping?: NonNullable<Json>
          parameters?: string[]
          status: string
          synced_at?: string
          updated_at?: string
          wati_id?: string | null
        }
        Update: {
          body?: string
          buttons?: NonNullable<Json>
          category?: string | null
          created_at?: string
          footer?: string | null
          header?: Json | null
          id?: string
          language?: string
          name?: string
          organization_id?: string
          parameter_mapping?: NonNullable<Json>
          parameters?: string[]
          status?: string
          synced_at?: string
          updated_at?: string
          wati_id?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "whatsapp_templates_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
    }
    Views: {
      [_ in never]: never
    }
    Functions: {
      accept_invitation: {
        Args: { token: string }
        Returns: {
          agents_quota: number | null
          contacts_quota: number | null
          country_code: string
          created_at: string
          created_by: string | null
          default_phone_country: string
          id: string
          messages_quota: number | null
          mode: string
          name: string
          plan_id: string
          slug: string
          time_zone: string
          updated_at: string
        }
        SetofOptions: {
          from: "*"
          to: "organizations"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      add_note: {
        Args: {
          body: string
          client_message_id?: string
          conversation_id: string
          mentions?: string[]
        }
        Returns: {
          author: Database["public"]["Enums"]["message_author"]
          author_id: string | null
          author_name: string | null
          body: string | null
          campaign_recipient_id: string | null
          client_message_id: string | null
          contact_id: string
          conversation_id: string
          created_at: string
          delivered_at: string | null
          event: Json | null
          failed_at: string | null
          failure_code: string | null
          failure_reason: string | null
          id: string
          kind: string
          local_message_id: string | null
          media: Json | null
          mentions: string[]
          opt_out: boolean
          organization_id: string
          private: boolean
          read_at: string | null
          reply_to_wamid: string | null
          sent_at: string | null
          status: Database["public"]["Enums"]["message_status"] | null
          template: Json | null
          updated_at: string
          wati_message_id: string | null
          whatsapp_message_id: string | null
        }
        SetofOptions: {
          from: "*"
          to: "messages"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      answer_unmatched_with_faq: {
        Args: { entry_id: string; unmatched_id: string }
        Returns: undefined
      }
      answer_unmatched_with_new_faq: {
        Args: { answer: string; category?: string; unmatched_id: string }
        Returns: string
      }
      answer_unmatched_with_synonym: {
        Args: { expansion: string; term: string; unmatched_id: string }
        Returns: {
          created_at: string
          expansion: string
          organization_id: string
          term: string
        }
        SetofOptions: {
          from: "*"
          to: "bot_synonyms"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      assign_conversation: {
        Args: {
          assignee_id?: string
          change_team?: boolean
          conversation_id: string
          team_id?: string
        }
        Returns: {
          assignee_id: string | null
          campaign_id: string | null
          contact_id: string
          created_at: string
          first_reply_at: string | null
          id: string
          labels: string[]
          last_activity_at: string
          last_inbound_at: string | null
          last_message_author: string | null
          last_message_preview: string | null
          organization_id: string
          priority: Database["public"]["Enums"]["conversation_priority"] | null
          resolved_at: string | null
          snoozed_until: string | null
          status: Database["public"]["Enums"]["conversation_status"]
          status_code: number
          team_id: string | null
          updated_at: string
          waiting_since: string | null
        }
        SetofOptions: {
          from: "*"
          to: "conversations"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      bot_flow_stats: { Args: { flow_id: string }; Returns: Json }
      bulk_update_contacts: {
        Args: {
          action: string
          contact_ids?: string[]
          criteria?: Json
          organization_id: string
          search?: string
          tag?: string
        }
        Returns: number
      }
      campaign_progress: { Args: { campaign_id: string }; Returns: Json }
      campaign_timeline: {
        Args: { campaign_id: string }
        Returns: {
          bucket: string
          delivered: number
          failed: number
          read: number
          sent: number
        }[]
      }
      cancel_campaign: {
        Args: { campaign_id: string }
        Returns: {
          audience: NonNullable<Json>
          completed_at: string | null
          created_at: string
          created_by: string | null
          excluded: NonNullable<Json>
          id: string
          last_error: string | null
          launched_at: string | null
          launched_by: string | null
          name: string
          organization_id: string
          parameter_mapping: NonNullable<Json>
          progress_topic: string
          quiet_hours_end: string | null
          quiet_hours_start: string | null
          recipients_total: number
          reserved_at: string | null
          reserved_messages: number
          scheduled_at: string | null
          status: Database["public"]["Enums"]["campaign_status"]
          template_id: string | null
          updated_at: string
        }
        SetofOptions: {
          from: "*"
          to: "campaigns"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      contact_attribute_keys: {
        Args: { organization_id: string }
        Returns: {
          contacts: number
          key: string
        }[]
      }
      contact_message_history: {
        Args: { before?: string; contact_id: string; page_size?: number }
        Returns: {
          author: Database["public"]["Enums"]["message_author"]
          author_name: string
          body: string
          campaign_id: string
          campaign_name: string
          conversation_id: string
          created_at: string
          event: Json
          failure_reason: string
          id: string
          kind: string
          media: Json
          private: boolean
          status: Database["public"]["Enums"]["message_status"]
          template: Json
        }[]
      }
      contact_tags: {
        Args: { organization_id: string }
        Returns: {
          contacts: number
          tag: string
        }[]
      }
      count_contacts: {
        Args: { criteria?: Json; organization_id: string; search?: string }
        Returns: number
      }
      create_campaign_segment: {
        Args: { campaign_id: string; name: string; outcome: string }
        Returns: {
          created_at: string
          created_by: string | null
          criteria: NonNullable<Json>
          description: string | null
          id: string
          name: string
          organization_id: string
          updated_at: string
        }
        SetofOptions: {
          from: "*"
          to: "segments"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      create_invitation: {
        Args: {
          note?: string
          organization_id: string
          role: Database["public"]["Enums"]["member_role"]
        }
        Returns: {
          expires_at: string
          invitation_id: string
          token: string
        }[]
      }
      create_organization: {
        Args: { country_code: string; name: string }
        Returns: {
          agents_quota: number | null
          contacts_quota: number | null
          country_code: string
          created_at: string
          created_by: string | null
          default_phone_country: string
          id: string
          messages_quota: number | null
          mode: string
          name: string
          plan_id: string
          slug: string
          time_zone: string
          updated_at: string
        }
        SetofOptions: {
          from: "*"
          to: "organizations"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      dismiss_unmatched: { Args: { unmatched_id: string }; Returns: undefined }
      duplicate_campaign: {
        Args: { campaign_id: string }
        Returns: {
          audience: NonNullable<Json>
          completed_at: string | null
          created_at: string
          created_by: string | null
          excluded: NonNullable<Json>
          id: string
          last_error: string | null
          launched_at: string | null
          launched_by: string | null
          name: string
          organization_id: string
          parameter_mapping: NonNullable<Json>
          progress_topic: string
          quiet_hours_end: string | null
          quiet_hours_start: string | null
          recipients_total: number
          reserved_at: string | null
          reserved_messages: number
          scheduled_at: string | null
          status: Database["public"]["Enums"]["campaign_status"]
          template_id: string | null
          updated_at: string
        }
        SetofOptions: {
          from: "*"
          to: "campaigns"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      estimate_campaign: {
        Args: {
          audience?: Json
          organization_id: string
          parameter_mapping?: Json
          template_id: string
        }
        Returns: {
          invalid_number: number
          missing_parameter: number
          opted_out: number
          quota_remaining: number
          recipients: number
        }[]
      }
      export_contacts: {
        Args: {
          after?: string
          criteria?: Json
          organization_id: string
          page_size?: number
          search?: string
        }
        Returns: {
          attributes: Json
          created_at: string
          email: string
          id: string
          name: string
          opt_in_status: Database["public"]["Enums"]["opt_in_status"]
          opted_out_at: string
          phone: string
          tags: string[]
        }[]
      }
      faq_test: {
        Args: { message: string; organization_id: string }
        Returns: {
          above_threshold: boolean
          answer: string
          category: string
          confidence: number
          entry_id: string
          question: string
        }[]
      }
      find_contacts: {
        Args: {
          after?: string
          criteria?: Json
          organization_id: string
          page_size?: number
          search?: string
        }
        Returns: {
          attributes: NonNullable<Json>
          country_code: string | null
          created_at: string
          email: string | null
          id: string
          language: string
          last_seen_at: string | null
          name: string | null
          opt_in_source: string
          opt_in_status: Database["public"]["Enums"]["opt_in_status"]
          opted_out_at: string | null
          organization_id: string
          phone: string
          tags: string[]
          updated_at: string
          wati_sync_attempts: number
          wati_sync_due_at: string
          wati_sync_error: string | null
          wati_sync_status: Database["public"]["Enums"]["wati_sync_status"]
          wati_synced_at: string | null
        }[]
        SetofOptions: {
          from: "*"
          to: "contacts"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      home_summary: { Args: { organization_id: string }; Returns: Json }
      import_contacts: { Args: { "": Json }; Returns: Json }
      import_faq: {
        Args: { entries: Json; organization_id: string; replace_all?: boolean }
        Returns: Json
      }
      inbox_conversations: {
        Args: {
          campaign_id?: string
          label?: string
          organization_id: string
          page_offset?: number
          page_size?: number
          search?: string
          sort?: string
          statuses?: Database["public"]["Enums"]["conversation_status"][]
          team_id?: string
          unread_only?: boolean
          view?: string
        }
        Returns: {
          assignee_id: string
          campaign_id: string
          contact_id: string
          contact_name: string
          contact_phone: string
          id: string
          labels: string[]
          last_activity_at: string
          last_inbound_at: string
          last_message_author: string
          last_message_preview: string
          opted_out: boolean
          priority: Database["public"]["Enums"]["conversation_priority"]
          snoozed_until: string
          status: Database["public"]["Enums"]["conversation_status"]
          team_id: string
          unread_count: number
          waiting_since: string
        }[]
      }
      inbox_counts: { Args: { organization_id: string }; Returns: Json }
      inbox_heartbeat: {
        Args: { availability?: string; organization_id: string }
        Returns: {
          availability: string
          capacity: number | null
          last_assigned_at: string | null
          last_heartbeat_at: string | null
          organization_id: string
          user_id: string
        }
        SetofOptions: {
          from: "*"
          to: "inbox_agents"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      invitation_preview: {
        Args: { token: string }
        Returns: {
          expires_at: string
          invited_by_name: string
          organization_name: string
          role: Database["public"]["Enums"]["member_role"]
          status: string
        }[]
      }
      launch_campaign: {
        Args: { campaign_id: string }
        Returns: {
          audience: NonNullable<Json>
          completed_at: string | null
          created_at: string
          created_by: string | null
          excluded: NonNullable<Json>
          id: string
          last_error: string | null
          launched_at: string | null
          launched_by: string | null
          name: string
          organization_id: string
          parameter_mapping: NonNullable<Json>
          progress_topic: string
          quiet_hours_end: string | null
          quiet_hours_start: string | null
          recipients_total: number
          reserved_at: string | null
          reserved_messages: number
          scheduled_at: string | null
          status: Database["public"]["Enums"]["campaign_status"]
          template_id: string | null
          updated_at: string
        }
        SetofOptions: {
          from: "*"
          to: "campaigns"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      list_contacts: {
        Args: {
          criteria?: Json
          organization_id: string
          search?: string
          skip?: number
          sort?: string
          take?: number
        }
        Returns: {
          attributes: NonNullable<Json>
          country_code: string | null
          created_at: string
          email: string | null
          id: string
          language: string
          last_seen_at: string | null
          name: string | null
          opt_in_source: string
          opt_in_status: Database["public"]["Enums"]["opt_in_status"]
          opted_out_at: string | null
          organization_id: string
          phone: string
          tags: string[]
          updated_at: string
          wati_sync_attempts: number
          wati_sync_due_at: string
          wati_sync_error: string | null
          wati_sync_status: Database["public"]["Enums"]["wati_sync_status"]
          wati_synced_at: string | null
        }[]
        SetofOptions: {
          from: "*"
          to: "contacts"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      mark_conversation_read: {
        Args: { conversation_id: string; unread?: boolean }
        Returns: undefined
      }
      mark_notifications_read: {
        Args: { ids?: string[]; organization_id: string }
        Returns: undefined
      }
      organization_usage: {
        Args: { organization_id: string }
        Returns: {
          contacts: number
          messages_this_month: number
          seats: number
        }[]
      }
      pause_campaign: {
        Args: { campaign_id: string }
        Returns: {
          audience: NonNullable<Json>
          completed_at: string | null
          created_at: string
          created_by: string | null
          excluded: NonNullable<Json>
          id: string
          last_error: string | null
          launched_at: string | null
          launched_by: string | null
          name: string
          organization_id: string
          parameter_mapping: NonNullable<Json>
          progress_topic: string
          quiet_hours_end: string | null
          quiet_hours_start: string | null
          recipients_total: number
          reserved_at: string | null
          reserved_messages: number
          scheduled_at: string | null
          status: Database["public"]["Enums"]["campaign_status"]
          template_id: string | null
          updated_at: string
        }
        SetofOptions: {
          from: "*"
          to: "campaigns"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      publish_bot_flow: {
        Args: { base_revision?: number; document: Json; flow_id: string }
        Returns: {
          document: NonNullable<Json>
          flow_id: string
          id: string
          number: number
          organization_id: string
          published_at: string
          published_by: string | null
        }
        SetofOptions: {
          from: "*"
          to: "bot_flow_versions"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      resubscribe_contact: {
        Args: { contact_id: string; proof: string; reason: string }
        Returns: {
          attributes: NonNullable<Json>
          country_code: string | null
          created_at: string
          email: string | null
          id: string
          language: string
          last_seen_at: string | null
          name: string | null
          opt_in_source: string
          opt_in_status: Database["public"]["Enums"]["opt_in_status"]
          opted_out_at: string | null
          organization_id: string
          phone: string
          tags: string[]
          updated_at: string
          wati_sync_attempts: number
          wati_sync_due_at: string
          wati_sync_error: string | null
          wati_sync_status: Database["public"]["Enums"]["wati_sync_status"]
          wati_synced_at: string | null
        }
        SetofOptions: {
          from: "*"
          to: "contacts"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      resume_campaign: {
        Args: { campaign_id: string }
        Returns: {
          audience: NonNullable<Json>
          completed_at: string | null
          created_at: string
          created_by: string | null
          excluded: NonNullable<Json>
          id: string
          last_error: string | null
          launched_at: string | null
          launched_by: string | null
          name: string
          organization_id: string
          parameter_mapping: NonNullable<Json>
          progress_topic: string
          quiet_hours_end: string | null
          quiet_hours_start: string | null
          recipients_total: number
          reserved_at: string | null
          reserved_messages: number
          scheduled_at: string | null
          status: Database["public"]["Enums"]["campaign_status"]
          template_id: string | null
          updated_at: string
        }
        SetofOptions: {
          from: "*"
          to: "campaigns"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      retry_contact_sync: {
        Args: { contact_ids?: string[]; organization_id: string }
        Returns: number
      }
      roll_back_bot_flow: {
        Args: { base_revision?: number; flow_id: string; version_id: string }
        Returns: undefined
      }
      save_bot_synonym: {
        Args: {
          expansion: string
          organization_id: string
          previous_term?: string
          term: string
        }
        Returns: {
          created_at: string
          expansion: string
          organization_id: string
          term: string
        }
        SetofOptions: {
          from: "*"
          to: "bot_synonyms"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      save_faq_entry: {
        Args: {
          answer: string
          category?: string
          entry_id?: string
          organization_id: string
          questions: string[]
        }
        Returns: string
      }
      set_agent_capacity: {
        Args: { capacity: number; organization_id: string; user_id: string }
        Returns: undefined
      }
      set_conversation_status: {
        Args: {
          conversation_id: string
          snoozed_until?: string
          status: Database["public"]["Enums"]["conversation_status"]
        }
        Returns: {
          assignee_id: string | null
          campaign_id: string | null
          contact_id: string
          created_at: string
          first_reply_at: string | null
          id: string
          labels: string[]
          last_activity_at: string
          last_inbound_at: string | null
          last_message_author: string | null
          last_message_preview: string | null
          organization_id: string
          priority: Database["public"]["Enums"]["conversation_priority"] | null
          resolved_at: string | null
          snoozed_until: string | null
          status: Database["public"]["Enums"]["conversation_status"]
          status_code: number
          team_id: string | null
          updated_at: string
          waiting_since: string | null
        }
        SetofOptions: {
          from: "*"
          to: "conversations"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      update_conversation_details: {
        Args: {
          conversation_id: string
          labels: string[]
          priority?: Database["public"]["Enums"]["conversation_priority"]
        }
        Returns: {
          assignee_id: string | null
          campaign_id: string | null
          contact_id: string
          created_at: string
          first_reply_at: string | null
          id: string
          labels: string[]
          last_activity_at: string
          last_inbound_at: string | null
          last_message_author: string | null
          last_message_preview: string | null
          organization_id: string
          priority: Database["public"]["Enums"]["conversation_priority"] | null
          resolved_at: string | null
          snoozed_until: string | null
          status: Database["public"]["Enums"]["conversation_status"]
          status_code: number
          team_id: string | null
          updated_at: string
          waiting_since: string | null
        }
        SetofOptions: {
          from: "*"
          to: "conversations"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      wati_chatbot_audience: {
        Args: { segment_id: string }
        Returns: {
          opted_out: number
          recipients: number
        }[]
      }
    }
    Enums: {
      campaign_status:
        | "draft"
        | "scheduled"
        | "sending"
        | "paused"
        | "completed"
        | "cancelled"
      conversation_priority: "low" | "medium" | "high" | "urgent"
      conversation_status: "open" | "pending" | "snoozed" | "resolved"
      member_role: "viewer" | "agent" | "admin" | "owner"
      message_author:
        | "contact"
        | "agent"
        | "bot"
        | "campaign"
        | "wati"
        | "system"
      message_status:
        | "queued"
        | "sent"
        | "delivered"
        | "read"
        | "replied"
        | "failed"
      opt_in_status: "opted_in" | "opted_out"
      recipient_dispatch:
        | "pending"
        | "claimed"
        | "unknown"
        | "accepted"
        | "rejected"
        | "cancelled"
      wati_chatbot_failure:
        | "wati_not_configured"
        | "wati_auth"
        | "wati_plan_required"
        | "wati_quota"
        | "wati_chatbot_not_found"
        | "opted_out"
        | "contact_deleted"
        | "wati_contact_unknown"
        | "wati_refused"
        | "wati_unavailable"
        | "wati_outcome_unknown"
        | "message_quota"
      wati_chatbot_recipient_status:
        | "pending"
        | "claimed"
        | "started"
        | "failed"
        | "cancelled"
      wati_chatbot_run_status:
        | "queued"
        | "running"
        | "completed"
        | "failed"
        | "cancelled"
      wati_sync_status: "pending" | "syncing" | "synced" | "failed"
    }
    CompositeTypes: {
      [_ in never]: never
    }
  }
}

type DatabaseWithoutInternals = Omit<Database, "__InternalSupabase">

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] &
        DefaultSchema["Views"])
    ? (DefaultSchema["Tables"] &
        DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends (DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never) = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
    ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends (PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never) = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
    ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
    : never

export const Constants = {
  public: {
    Enums: {
      campaign_status: [
        "draft",
        "scheduled",
        "sending",
        "paused",
        "completed",
        "cancelled",
      ],
      conversation_priority: ["low", "medium", "high", "urgent"],
      conversation_status: ["open", "pending", "snoozed", "resolved"],
      member_role: ["viewer", "agent", "admin", "owner"],
      message_author: ["contact", "agent", "bot", "campaign", "wati", "system"],
      message_status: [
        "queued",
        "sent",
        "delivered",
        "read",
        "replied",
        "failed",
      ],
      opt_in_status: ["opted_in", "opted_out"],
      recipient_dispatch: [
        "pending",
        "claimed",
        "unknown",
        "accepted",
        "rejected",
        "cancelled",
      ],
      wati_chatbot_failure: [
        "wati_not_configured",
        "wati_auth",
        "wati_plan_required",
        "wati_quota",
        "wati_chatbot_not_found",
        "opted_out",
        "contact_deleted",
        "wati_contact_unknown",
        "wati_refused",
        "wati_unavailable",
        "wati_outcome_unknown",
        "message_quota",
      ],
      wati_chatbot_recipient_status: [
        "pending",
        "claimed",
        "started",
        "failed",
        "cancelled",
      ],
      wati_chatbot_run_status: [
        "queued",
        "running",
        "completed",
        "failed",
        "cancelled",
      ],
      wati_sync_status: ["pending", "syncing", "synced", "failed"],
    },
  },
} as const

