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
          id: string
          local_message_id: string
          organization_id: string
          parameters: NonNullable<Json>
          phone: string
          read_at: string | null
          replied_at: string | null
          sent_at: string | null
          status: Database["public"]["Enums"]["message_status"]
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
          id?: string
          local_message_id: string
          organization_id: string
          parameters?: NonNullable<Json>
          phone: string
          read_at?: string | null
          replied_at?: string | null
          sent_at?: string | null
          status?: Database["public"]["Enums"]["message_status"]
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
          id?: string
          local_message_id?: string
          organization_id?: string
          parameters?: NonNullable<Json>
          phone?: string
          read_at?: string | null
          replied_at?: string | null
          sent_at?: string | null
          status?: Database["public"]["Enums"]["message_status"]
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
      whatsapp_messages: {
        Row: {
          created_at: string
          delivered_at: string | null
          direction: string
          failed_at: string | null
          failure_code: string | null
          failure_reason: string | null
          id: string
          local_message_id: string | null
          organization_id: string
          phone: string
          read_at: string | null
          replied_at: string | null
          sent_at: string | null
          status: Database["public"]["Enums"]["message_status"]
          template_name: string | null
          text: string | null
          updated_at: string
          wati_message_id: string | null
          whatsapp_message_id: string | null
        }
        Insert: {
          created_at?: string
          delivered_at?: string | null
          direction: string
          failed_at?: string | null
          failure_code?: string | null
          failure_reason?: string | null
          id?: string
          local_message_id?: string | null
          organization_id: string
          phone: string
          read_at?: string | null
          replied_at?: string | null
          sent_at?: string | null
          status?: Database["public"]["Enums"]["message_status"]
          template_name?: string | null
          text?: string | null
          updated_at?: string
          wati_message_id?: string | null
          whatsapp_message_id?: string | null
        }
        Update: {
          created_at?: string
          delivered_at?: string | null
          direction?: string
          failed_at?: string | null
          failure_code?: string | null
          failure_reason?: string | null
          id?: string
          local_message_id?: string | null
          organization_id?: string
          phone?: string
          read_at?: string | null
          replied_at?: string | null
          sent_at?: string | null
          status?: Database["public"]["Enums"]["message_status"]
          template_name?: string | null
          text?: string | null
          updated_at?: string
          wati_message_id?: string | null
          whatsapp_message_id?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "whatsapp_messages_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
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
    }
    Enums: {
      campaign_status:
        | "draft"
        | "scheduled"
        | "sending"
        | "paused"
        | "completed"
        | "cancelled"
      member_role: "viewer" | "agent" | "admin" | "owner"
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
      member_role: ["viewer", "agent", "admin", "owner"],
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
      wati_sync_status: ["pending", "syncing", "synced", "failed"],
    },
  },
} as const

