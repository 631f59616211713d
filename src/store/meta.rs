//! Key/value settings the process keeps between starts (sync position, session, instance id).

use super::{Store, Tx};
use anyhow::Result;

impl Store {
    /// `meta_get` inside the caller's transaction.
    pub async fn meta_in(tx: &mut Tx, key: &str) -> Result<Option<String>> {
        let row: Option<(String,)> = sqlx::query_as("SELECT value FROM meta WHERE key = $1")
            .bind(key)
            .fetch_optional(&mut **tx)
            .await?;
        Ok(row.map(|(v,)| v))
    }

    pub async fn meta_get(&self, key: &str) -> Result<Option<String>> {
        let row: Option<(String,)> = sqlx::query_as("SELECT value FROM meta WHERE key = $1")
            .bind(key)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|(v,)| v))
    }

    pub async fn meta_set(&self, key: &str, value: &str) -> Result<()> {
        sqlx::query(
            "INSERT INTO meta (key, value) VALUES ($1, $2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(key)
        .bind(value)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// A random id made once per database; it keeps transaction ids unique if a database is replaced.
    pub async fn instance_id(&self) -> Result<String> {
        if let Some(id) = self.instance.get() {
            return Ok(id.clone());
        }
        if let Some(id) = self.meta_get("instance_id").await? {
            return Ok(self.instance.get_or_init(|| id).clone());
        }
        let fresh: String = {
            use rand::Rng;
            let mut rng = rand::rng();
            (0..12).map(|_| char::from(b'a' + rng.random_range(0..26u8))).collect()
        };
        sqlx::query("INSERT INTO meta (key, value) VALUES ('instance_id', $1) ON CONFLICT (key) DO NOTHING")
            .bind(&fresh)
            .execute(self.pool())
            .await?;
        let id = self.meta_get("instance_id").await?.unwrap_or(fresh);
        Ok(self.instance.get_or_init(|| id).clone())
    }
}
