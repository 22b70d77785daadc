package com.triplink.connections.users.control;

import com.triplink.connections.users.entity.DirectoryUser;
import com.triplink.connections.users.entity.UserProfile;
import java.time.Instant;

/**
 * A directory user as it was when read or written.
 *
 * @param version grows with every change; the SCIM ETag
 */
public record UserSnapshot(String publicId, long version, Instant createdAt,
        Instant lastModified, UserProfile profile) {

    static UserSnapshot of(DirectoryUser user) {
        return new UserSnapshot(user.getPublicId(), user.getVersion(), user.getCreatedAt(),
                user.getLastModified(), user.profile());
    }
}
