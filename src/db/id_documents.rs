//! Records of the identity document images an applicant uploaded (the files are in `uploads`).

use super::entities::id_document;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use uuid::Uuid;

pub use id_document::Model as IdDocument;

/// A stored image, to record with the state change it belongs to.
#[derive(Debug, Clone)]
pub struct StoredImage {
    pub side: &'static str,
    pub file_name: String,
    pub sha256: String,
    pub width: u32,
    pub height: u32,
    pub bytes: usize,
}

pub async fn insert(
    conn: &impl ConnectionTrait,
    request_id: Uuid,
    appointment_id: Uuid,
    image: &StoredImage,
    now: DateTime<Utc>,
) -> Result<Uuid, DbErr> {
    let id = Uuid::new_v4();
    id_document::ActiveModel {
        id: Set(id),
        request_id: Set(request_id),
        appointment_id: Set(Some(appointment_id)),
        side: Set(image.side.to_owned()),
        file_name: Set(image.file_name.clone()),
        sha256: Set(image.sha256.clone()),
        width: Set(image.width as i32),
        height: Set(image.height as i32),
        bytes: Set(image.bytes as i64),
        created_at: Set(now),
        deleted_at: Set(None),
    }
    .insert(conn)
    .await?;
    Ok(id)
}

pub async fn for_request(
    conn: &impl ConnectionTrait,
    request_id: Uuid,
) -> Result<Vec<IdDocument>, DbErr> {
    id_document::Entity::find()
        .filter(id_document::Column::RequestId.eq(request_id))
        .order_by_asc(id_document::Column::CreatedAt)
        .all(conn)
        .await
}

pub async fn find(conn: &impl ConnectionTrait, id: Uuid) -> Result<Option<IdDocument>, DbErr> {
    id_document::Entity::find_by_id(id).one(conn).await
}
